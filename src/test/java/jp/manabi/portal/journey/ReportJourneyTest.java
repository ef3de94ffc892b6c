package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.support.BrowserTest;

/**
 * Staff follow the plan's progress on a phone: the dashboard from the admin menu, a node's
 * drill-down, the printable report; a resident reads a node's figures from the plan page. axe-core
 * on every page; nothing wider than the phone.
 */
class ReportJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffFollowTheProgressOnAPhoneAndResidentsReadTheFigures() {
		var admin = accounts.admin();
		open("/login");
		page.locator("#email").fill(admin.email());
		page.locator("#password").fill(admin.password());
		page.locator("button[type=submit]").click();
		completeTwoFactor(admin.email());
		page.waitForURL(url -> !url.contains("/login"));

		open("/admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("計画の進行管理")).click();
		assertThat(page.locator("h1")).hasText("計画の進行管理");
		assertThat(page.locator("section.progress-node").first()).containsText("計画全体");
		assertThat(page.locator("svg[role=img]").first()).isVisible();
		assertFitsThePhone();
		assertAccessible();

		// A node's table opens with the keyboard; the previous year's figures are a snapshot.
		Locator summary = page.locator("section.progress-node").nth(2).locator("summary");
		summary.focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("section.progress-node").nth(2).locator("table.progress-figures")).isVisible();
		assertAccessible();
		int previous = Integer.parseInt(page.locator("#year option").nth(1).getAttribute("value"));
		page.locator("#year").selectOption(String.valueOf(previous));
		page.locator("form.filters button[type=submit]").click();
		assertThat(page.locator(".progress-status")).containsText("記録です");
		assertThat(page.locator("form.progress-recompute button")).isVisible();
		assertFitsThePhone();
		assertAccessible();

		page.locator("section.progress-node").nth(2).getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("内訳を見る")).click();
		assertThat(page.locator("h1")).containsText("つどう");
		assertThat(page.locator("#courses-heading")).hasText("講座");
		assertFitsThePhone();
		assertAccessible();

		open("/admin/report/print");
		assertThat(page.locator(".progress-print__levels li")).hasText(new String[] { "目標", "方針", "施策", "取組み" });
		assertAccessible();

		open("/admin/report/indicators");
		assertAccessible();

		// A resident, from a plan page to its figures.
		context.clearCookies();
		open("/plan/toshima/a-1");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("この項目の実績（数値）を見る")).click();
		assertThat(page.locator("h1")).containsText("つどう");
		assertThat(page.locator("table.progress-public tr[data-figure=COURSES_HELD] th")).hasText("実施した講座");
		assertFitsThePhone();
		assertAccessible();
	}

	private void assertFitsThePhone() {
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + page.url()).isLessThanOrEqualTo(0);
	}
}
