package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.QuestionKind;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.ApplicationRequest;
import jp.manabi.portal.course.domain.ApplicationRules;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseQuestion;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.support.Mails;

/**
 * The lottery from both sides: a resident enters through the form (a required question left out
 * first), the window closes, staff draw by hand, and each resident finds 当選 or 落選 with their
 * place on the waiting list on マイページ and in their mail.
 */
class LotteryApplicationJourneyTest extends BrowserTest {

	@Autowired
	CourseService courses;

	@Autowired
	CourseApplicationService applications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void enterTheLotteryThenStaffDrawAndTheResultIsOnMyPageAndInTheMail() throws Exception {
		String title = "抽選の講座 " + System.nanoTime();
		long course = lotteryCourse(title);
		var resident = accounts.resident();
		var other = accounts.resident();

		logIn(resident.email(), resident.password());
		open("/courses/" + course);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("この講座の抽選に申し込む")).click();
		assertThat(page.locator("h1")).hasText("講座の申込み");
		assertThat(page.locator("main")).containsText("今月の抽選の申込み：0件");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認へ進む")).click();
		assertThat(page.locator(".error-summary")).containsText("この質問には回答が必要です。");
		assertAccessible();
		page.getByLabel("平日の夜").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認へ進む")).click();
		assertThat(page.locator("h1")).hasText("申込み内容の確認");
		assertThat(page.locator("main")).containsText("平日の夜");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申し込む").setExact(true)).click();
		assertThat(page.locator(".notice")).containsText("抽選の申込みを受け付けました");
		assertThat(page.locator("main")).containsText("抽選待ち");
		assertAccessible();
		assertThat(Mails.awaitText(greenMail, resident.email(), 1)).contains("抽選の申込みを受け付けました").contains(title);
		logOut();

		applications.apply(course, other.id(), new ApplicationRequest(List.of(), null, null,
				Map.of(questionId(course), "土曜の午前")));
		jdbc.sql("""
				update course set application_opens_at = now() - interval '10 days',
				                  application_closes_at = now() - interval '1 minute' where id = ?""")
				.param(course).update();

		var staff = accounts.staff();
		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(staff.email(), staff.password());
		open("/admin/courses/" + course + "/lottery");
		assertThat(page.locator("main")).containsText("2人");
		assertAccessible();
		page.getByLabel("抽選の対象 2人、当選枠 1人で抽選することを確認しました。").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("抽選する").setExact(true)).click();
		assertThat(page.locator(".notice")).containsText("抽選しました。当選は1人です。");
		assertThat(page.locator("main")).containsText("シード");
		assertAccessible();
		logOut();

		boolean won = "CONFIRMED".equals(jdbc.sql(
				"select status from course_application where course_id = ? and account_id = ?")
				.param(course).param(resident.id()).query(String.class).single());
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident.email(), resident.password());
		open("/mypage/applications");
		var card = page.locator(".course-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
		if (won) {
			assertThat(card).containsText("当選");
			assertThat(card).containsText("受講確定");
		}
		else {
			assertThat(card).containsText("落選");
			assertThat(card).containsText("キャンセル待ち");
			assertThat(card).containsText("（1番目）");
		}
		assertAccessible();
		String result = Mails.awaitText(greenMail, resident.email(), 2);
		assertThat(result).contains(title).contains(won ? "当選" : "落選");
	}

	private long lotteryCourse(String title) {
		var now = Instant.now();
		long id = courses.create(new CourseDetails(title, null, "抽選で受講者を決める講座です。", null, "", "culture",
				OrganizerType.DEPARTMENT, "学習・スポーツ課", null, true, 1, 0, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(7)), SelectionMethod.LOTTERY, Eligibility.ANYONE, null, null, false, null,
				null, null, false, false, EnumSet.of(Audience.EVERYONE)),
				List.of(new SessionTime(LocalDate.now(Course.ZONE).plusWeeks(3), LocalTime.of(19, 0), LocalTime.of(21, 0))));
		courses.changeApplicationSettings(id, ApplicationRules.DEFAULTS, List.of(new CourseQuestion.Definition(
				QuestionKind.CHOICE, "参加しやすい時間帯", null, true, List.of("平日の夜", "土曜の午前"), null, null)));
		courses.publish(id);
		return id;
	}

	private long questionId(long course) {
		return jdbc.sql("select id from course_question where course_id = ?").param(course).query(Long.class).single();
	}

	private void logIn(String email, String password) {
		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("button[type=submit]").click();
		completeTwoFactor(email);
		assertThat(page.locator("h1")).hasText("マイページ");
	}

	private void logOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
	}
}
