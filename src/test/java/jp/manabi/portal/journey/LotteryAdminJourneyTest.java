package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.course.domain.CourseApplicationRepository;
import jp.manabi.portal.course.domain.CourseRepository;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.course.domain.LotteryFixtures;
import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.support.Mails;

/**
 * Staff draw a closed lottery course by hand on a phone-sized screen: from the course page to the
 * lottery page, a preview, a refused draw without the confirmation, the draw, the result.
 */
class LotteryAdminJourneyTest extends BrowserTest {

	@Autowired
	CourseService courses;

	@Autowired
	CourseRepository courseRepository;

	@Autowired
	CourseApplicationRepository applications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffPreviewAndDrawALotteryAndTheResidentsAreTold() throws Exception {
		var fixtures = new LotteryFixtures(courses, courseRepository, applications, jdbc);
		String title = "抽選の旅 " + System.nanoTime();
		long course = fixtures.openCourse(title, 2, 2);
		fixtures.rules(course, true, 12, null);
		var people = fixtures.people(4, Residency.LIVES, "ja");
		fixtures.enterAll(course, people);
		fixtures.enter(course, fixtures.people(1, Residency.WORKS, "en").get(0).id(), java.util.List.of(3));
		fixtures.close(course);
		var staff = accounts.staff();

		open("/login");
		page.locator("#email").fill(staff.email());
		page.locator("#password").fill(staff.password());
		page.locator("button[type=submit]").click();
		completeTwoFactor(staff.email());
		assertThat(page.locator("h1")).hasText("マイページ");

		open("/admin/courses/" + course + "/edit");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("抽選").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("抽選");
		assertThat(page.locator(".course-title")).hasText(title);
		assertThat(page.locator("main")).containsText("在住の人 → 在勤・在学の人");
		assertAccessible();

		button("プレビューを表示する").click();
		assertThat(page.locator("#preview-result")).hasText("プレビュー（保存されていません）");
		assertThat(page.locator("table tbody tr")).hasCount(5);
		assertAccessible();

		// Without the tick the draw is refused beside the box.
		button("抽選する").click();
		assertThat(page.locator("#confirm-error")).isVisible();
		assertAccessible();

		page.locator("#confirm").check();
		button("抽選する").click();
		assertThat(page.locator(".notice")).hasText("抽選しました。当選は2人です。");
		assertThat(page.locator("#draw-title")).hasText("抽選の記録");
		assertThat(page.locator("main code")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{32}"));
		assertThat(page.locator("table tbody tr")).hasCount(5);
		assertThat(page.locator("table")).containsText("当選");
		assertThat(page.locator("table")).containsText("落選");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("抽選する"))).hasCount(0);
		assertAccessible();

		// The same page on a desktop screen.
		page.setViewportSize(DESKTOP_WIDTH, 900);
		page.reload();
		assertAccessible();

		for (var person : people) {
			assertThat(Mails.awaitText(greenMail, person.email(), 1)).contains(title).contains("抽選の結果");
		}
	}

	private com.microsoft.playwright.Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}

	private com.microsoft.playwright.Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}
}
