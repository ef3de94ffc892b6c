package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.domain.AfterCourseFixtures;
import jp.manabi.portal.support.BrowserTest;

/** After the course: a participant answers the survey (after a mistake), staff read the results. */
class SurveyJourneyTest extends BrowserTest {

	@Autowired
	AfterCourseFixtures fixtures;

	@Test
	void aParticipantAnswersAndStaffSeeTheResult() {
		String title = "受講後アンケートの講座 " + System.nanoTime();
		long course = fixtures.heldCourse(title);
		var resident = accounts.resident();
		long application = fixtures.application(course, resident.id(), ApplicationStatus.CONFIRMED);

		logIn(resident.email(), resident.password());
		for (int width : new int[] { DESKTOP_WIDTH, PHONE_WIDTH }) {
			page.setViewportSize(width, 900);
			open("/mypage/applications/" + application + "/survey");
			assertThat(page.locator("h1")).hasText("受講後アンケート");
			assertThat(page.locator(".course-title")).hasText(title);
			assertAccessible();
			// Sent without a choice: the summary at the top and the message beside the choice.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("回答を送る")).click();
			assertThat(page.locator(".error-summary")).containsText("満足度を5から1の中から選んでください。");
			assertThat(page.locator("#satisfaction-error")).hasText("満足度を5から1の中から選んでください。");
			assertAccessible();
		}
		page.getByLabel("4 満足").check();
		page.getByLabel("よかった点").fill("実習が多くて分かりやすかった");
		page.getByLabel("今後学びたいこと").fill("表計算の応用");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("回答を送る")).click();
		assertThat(page.locator(".notice")).hasText("アンケートにご回答いただき、ありがとうございました。");
		assertAccessible();
		logOut();

		var staff = accounts.staff();
		logIn(staff.email(), staff.password());
		for (int width : new int[] { DESKTOP_WIDTH, PHONE_WIDTH }) {
			page.setViewportSize(width, 900);
			open("/admin/courses/" + course + "/survey");
			assertThat(page.locator("h1")).hasText("アンケート結果");
			assertThat(page.locator(".details")).containsText("受講者1人中 1人が回答");
			assertThat(page.locator(".details")).containsText("4.0（5段階）");
			assertThat(page.locator(".survey-comments").first()).containsText("実習が多くて分かりやすかった");
			assertAccessible();
		}
		open("/admin/courses/" + course + "/edit");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("アンケート結果").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("アンケート結果");
		assertThat(page.content()).doesNotContain(resident.email());
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
