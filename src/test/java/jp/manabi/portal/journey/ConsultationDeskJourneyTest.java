package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.consultation.domain.DeskTestData;
import jp.manabi.portal.course.admin.StaffTestCourses;
import jp.manabi.portal.support.BrowserTest;

/**
 * The desk from start to end: staff make a counselor account a counselor and set the hours, book
 * for someone who phoned; the counselor opens the day (on a phone), records notes and a referral
 * to a course, marks it held; every view of the notes is in the audit log.
 */
class ConsultationDeskJourneyTest extends BrowserTest {

	@Autowired
	DeskTestData desk;

	@Autowired
	StaffTestCourses courses;

	@Test
	void staffSetUpACounselorAndBookForACallerTheCounselorRecordsTheOutcome() {
		var staff = accounts.staff();
		var counselorAccount = accounts.create(EnumSet.of(Role.COUNSELOR));
		long course = courses.firstCome("はじめての英会話 " + System.nanoTime(), 20, null, 1);
		var day = DeskTestData.next(DayOfWeek.THURSDAY);
		page.setViewportSize(DESKTOP_WIDTH, 900);

		open("/login");
		logIn(staff.email(), staff.password());
		open("/admin");
		page.locator("#main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("学習相談")).click();
		assertThat(page.locator("h1")).hasText("学習相談（職員）");
		assertAccessible();

		page.locator("#main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("相談員").setExact(true)).click();
		assertAccessible();
		page.locator("#email").selectOption(counselorAccount.email());
		page.locator("#displayName").fill("巣鴨 学");
		page.getByLabel("学習相談").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("相談員にする")).click();
		assertThat(page.locator("h1")).hasText("巣鴨 学（相談員）");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("巣鴨 学の受付時間")).click();
		assertAccessible();
		page.locator("#day").selectOption("THURSDAY");
		page.locator("#startsAt").fill("18:00");
		page.locator("#endsAt").fill("20:00");
		page.locator("#channel").selectOption("PHONE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("時間帯を追加")).first().click();
		assertThat(page.locator("[data-hours]")).hasCount(1);
		assertAccessible();

		open("/admin/consultations/book");
		assertAccessible();
		page.locator("#topic").selectOption(new SelectOption().setLabel("学習相談"));
		page.locator("#from").fill(day.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("空いている時間を表示")).click();
		assertAccessible();
		page.locator("[data-day='" + day + "'] a").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("巣鴨 学")).first().click();
		assertAccessible();
		page.locator("#callerName").fill("電話 花子");
		page.locator("#callerPhone").fill("03-5555-1234");
		page.locator("#description").fill("英会話を学べる講座を知りたい。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この内容で予約する")).click();
		assertThat(page.locator("h1")).hasText("相談の記録");
		long booking = Long.parseLong(page.url().replaceAll(".*/bookings/(\\d+).*", "$1"));
		assertAccessible();

		context.clearCookies();
		page.setViewportSize(PHONE_WIDTH, 844);
		open("/login");
		logIn(counselorAccount.email(), counselorAccount.password());
		open("/counselor?day=" + day);
		assertThat(page.locator("[data-booking='" + booking + "']")).containsText("電話 花子");
		assertAccessible();
		page.locator("[data-booking='" + booking + "'] a").first().click();
		assertThat(page.locator("h1")).hasText("相談の記録");
		assertAccessible();

		page.locator("#notes").fill("英会話の初級講座を紹介。次回は3か月後。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("記録を保存")).click();
		assertThat(page.locator("#notes")).hasValue("英会話の初級講座を紹介。次回は3か月後。");
		page.getByLabel("講座", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#targetId").fill(String.valueOf(course));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("紹介先を追加")).last().click();
		assertThat(page.locator(".desk-referrals")).containsText("はじめての英会話");

		desk.startedAnHourAgo(booking);
		page.reload();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("実施済みにする")).click();
		assertThat(page.locator(".booking-status")).hasText("実施済み");
		assertAccessible();

		assertThat(desk.status(booking)).isEqualTo("HELD");
		// The staff's page after booking, then each of the counselor's page loads: all read the notes.
		assertThat(desk.auditCount("VIEW", "consultation_outcome", booking)).isGreaterThanOrEqualTo(5);
	}

	private void logIn(String email, String password) {
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする")).click();
		completeTwoFactor(email);
	}
}
