package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.support.BrowserTest;

/** 市民提案型講座: a resident proposes (after a mistake), staff review and adopt it as a draft course. */
class CourseProposalJourneyTest extends BrowserTest {

	@Test
	void aResidentProposesAndStaffAdoptIt() {
		String theme = "はじめての点字体験 " + System.nanoTime();
		var resident = accounts.resident();
		logIn(resident.email(), resident.password());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("講座の提案（市民提案型講座）")).click();
		assertThat(page.locator("h1")).hasText("講座の提案（市民提案型講座）");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("講座を提案する")).click();
		for (int width : new int[] { DESKTOP_WIDTH, PHONE_WIDTH }) {
			page.setViewportSize(width, 900);
			assertAccessible();
		}
		page.getByLabel("内容").fill("点字の読み書きを体験し、まちの点字表示を探します。");
		page.getByLabel("講師の候補").fill("区内の点訳ボランティア団体");
		page.getByLabel("対象").fill("小学生以上");
		page.getByLabel("希望する日時・回数").fill("夏休みの平日午後、全2回");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提案を送る")).click();
		assertThat(page.locator("#theme-error")).isVisible();
		assertThat(page.locator("#outline")).hasValue("点字の読み書きを体験し、まちの点字表示を探します。");
		assertAccessible();
		page.getByLabel("テーマ（講座名の案）").fill(theme);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提案を送る")).click();
		assertThat(page.locator("h1")).hasText(theme);
		assertThat(page.locator(".notice")).containsText("提案を受け付けました");
		assertAccessible();
		String proposalPath = page.url().replaceAll("^https?://[^/]+", "");
		logOut();

		var staff = accounts.staff();
		logIn(staff.email(), staff.password());
		open("/admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("市民提案型講座").setExact(true)).click();
		for (int width : new int[] { DESKTOP_WIDTH, PHONE_WIDTH }) {
			page.setViewportSize(width, 900);
			assertThat(page.locator("h1")).hasText("市民提案型講座");
			assertAccessible();
		}
		page.setViewportSize(DESKTOP_WIDTH, 900);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(theme)).click();
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("「検討中」にする")).click();
		assertThat(page.locator(".notice")).containsText("検討中");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("採用して下書きを作る")).click();
		assertThat(page.locator("#categoryCode-error")).isVisible();
		assertAccessible();
		page.getByLabel("講座の分野").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.getByLabel("オンラインで開く").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("採用して下書きを作る")).click();
		assertThat(page.locator(".notice")).containsText("講座の下書きを作りました");
		assertThat(page.locator("#title")).hasValue(theme);
		assertAccessible();
		logOut();

		logIn(resident.email(), resident.password());
		open(proposalPath);
		assertThat(page.locator(".status-label")).hasText("採用");
		assertAccessible();
	}

	private void logIn(String email, String password) {
		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("button[type=submit]").click();
		completeTwoFactor(email);
		page.waitForURL(url -> url.endsWith("/mypage"));
	}

	private void logOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
	}
}
