package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.support.Mails;

/** First come: one resident gets the only place, another waits, the first cancels, the second is promoted. */
class FirstComeApplicationJourneyTest extends BrowserTest {

	@Autowired
	CourseService courses;

	@Test
	void applyConfirmCancelAndTheNextPersonIsPromoted() throws Exception {
		String title = "一席だけの講座 " + System.nanoTime();
		var now = Instant.now();
		long course = courses.create(new CourseDetails(title, null, "定員1名の講座です。", null, "", "culture",
				OrganizerType.DEPARTMENT, "学習・スポーツ課", null, true, 1, 0, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(7)), SelectionMethod.FIRST_COME, Eligibility.ANYONE, null, null, false, null,
				null, null, false, false, EnumSet.of(Audience.EVERYONE)),
				List.of(new SessionTime(LocalDate.now(Course.ZONE).plusWeeks(3), LocalTime.of(10, 0), LocalTime.of(12, 0))));
		courses.publish(course);
		var first = accounts.resident();
		var second = accounts.resident();

		apply(first.email(), first.password(), course, title);
		assertThat(page.locator(".notice")).containsText("受講が確定しています");
		assertThat(page.locator("main .details").first()).containsText(title);
		assertThat(page.locator("main")).containsText("受講確定");
		assertAccessible();
		assertThat(Mails.awaitText(greenMail, first.email(), 1)).contains(title).contains("受講が確定しています");
		logOut();

		apply(second.email(), second.password(), course, title);
		assertThat(page.locator(".notice")).containsText("キャンセル待ち（1番目）");
		assertThat(page.locator("main")).containsText("キャンセル待ち");
		assertThat(Mails.awaitText(greenMail, second.email(), 1)).contains("1番目");
		logOut();

		logIn(first.email(), first.password());
		open("/mypage");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("講座の申込みを見る・取り消す")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申込みを取り消す")).click();
		assertThat(page.locator(".notice")).hasText("申込みを取り消しました。");
		assertThat(page.locator(".course-list")).containsText("取消済み");
		assertAccessible();

		String promoted = Mails.awaitText(greenMail, second.email(), 2);
		assertThat(promoted).contains("受講が確定しました").contains(title);
		logOut();
		logIn(second.email(), second.password());
		open("/mypage/applications");
		assertThat(page.locator(".course-list")).containsText("受講確定");
	}

	private void apply(String email, String password, long course, String title) {
		logIn(email, password);
		open("/courses/" + course);
		assertThat(page.locator("h1")).hasText(title);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("この講座に申し込む")).click();
		assertThat(page.locator("h1")).hasText("講座の申込み");
		assertAccessible();
		page.getByLabel("参加にあたって配慮が必要なこと").fill("筆談でお願いします");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認へ進む")).click();
		assertThat(page.locator("h1")).hasText("申込み内容の確認");
		assertThat(page.locator("main")).containsText("筆談でお願いします");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申し込む").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("申込みの内容");
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
