package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.consultation.domain.DeskTestData;
import jp.manabi.portal.consultation.domain.FreeSlots;
import jp.manabi.portal.course.admin.StaffTestCourses;
import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.support.Mails;

/**
 * A consultation from end to end, through the pages: staff make a counselor and set evening
 * hours online; a resident books one of them and gets the confirmation with the .ics; the counselor
 * adds the meeting link, writes notes and refers the resident to a course, and after the
 * consultation marks it held; the resident sees the referral and never the notes. The parts have
 * their own journeys; this one proves they connect.
 */
class ConsultationLifeJourneyTest extends BrowserTest {

	@Autowired
	DeskTestData desk;

	@Autowired
	StaffTestCourses courses;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hoursSetBookedOutcomeRecordedAndTheResidentSeesTheReferral() throws Exception {
		var staff = accounts.staff();
		var counselorAccount = accounts.create(EnumSet.of(Role.COUNSELOR));
		var resident = accounts.resident();
		String counselor = "相談員 " + System.nanoTime();
		String courseTitle = "夜のパソコン入門 " + System.nanoTime();
		long course = courses.firstCome(courseTitle, 20, null, 1);
		LocalDate thursday = DeskTestData.next(DayOfWeek.THURSDAY);
		page.setViewportSize(DESKTOP_WIDTH, 900);

		// Staff: the counselor and their Thursday evening hours, online.
		logIn(staff.email(), staff.password());
		open("/admin/consultations/counselors");
		page.locator("#email").selectOption(counselorAccount.email());
		page.locator("#displayName").fill(counselor);
		page.getByLabel("学習相談").check();
		button("相談員にする").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(counselor + "の受付時間")).click();
		page.locator("#day").selectOption("THURSDAY");
		page.locator("#startsAt").fill("18:00");
		page.locator("#endsAt").fill("20:00");
		page.locator("#channel").selectOption("ONLINE");
		button("時間帯を追加").click();
		assertThat(page.locator("[data-hours]")).hasCount(1);
		logOut();

		// The resident books one of those evening slots, on a phone.
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident.email(), resident.password());
		long pageOfDays = ChronoUnit.DAYS.between(LocalDate.now(FreeSlots.ZONE).plusDays(1), thursday) / 14;
		open("/consultations/learning?evening=true&page=" + pageOfDays);
		assertAccessible();
		page.locator("#slot-list .slot-link").filter(new Locator.FilterOptions().setHasText(counselor)).first().click();
		assertThat(page.locator("h1")).hasText("相談の予約");
		page.locator("#description").fill("仕事のあとにパソコンを学びたい。");
		button("予約する").click();
		assertThat(page.locator("#booking-status")).hasText("予約済み");
		assertAccessible();
		long booking = Long.parseLong(page.url().replaceAll(".*/mypage/consultations/(\\d+).*", "$1"));
		// The confirmation (with the .ics, read by the booking tests) is on its way.
		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		assertThat(Mails.countTo(greenMail, resident.email())).isGreaterThanOrEqualTo(1);
		logOut();

		// The counselor: the link, notes, a referral; after the consultation, held.
		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(counselorAccount.email(), counselorAccount.password());
		// The first Thursday evening on that page of days: the day the resident chose.
		LocalDate booked = jdbc.sql("select (starts_at at time zone 'Asia/Tokyo')::date from consultation_booking where id = ?")
				.param(booking).query(LocalDate.class).single();
		assertThat(booked.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
		open("/counselor?day=" + booked);
		assertThat(page.locator("[data-booking='" + booking + "']")).containsText("仕事のあとにパソコンを学びたい。");
		page.locator("[data-booking='" + booking + "'] a").first().click();
		assertThat(page.locator("h1")).hasText("相談の記録");
		page.locator("#onlineLink").fill("https://meet.example.jp/manabi-" + booking);
		button("リンクを保存").click();
		page.locator("#notes").fill("秘密のメモ：基礎からの講座が合いそう。");
		button("記録を保存").click();
		page.getByLabel("講座", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#targetId").fill(String.valueOf(course));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("紹介先を追加")).last().click();
		assertThat(page.locator(".desk-referrals")).containsText(courseTitle);
		assertAccessible();
		desk.startedAnHourAgo(booking);
		page.reload();
		button("実施済みにする").click();
		assertThat(page.locator(".booking-status")).hasText("実施済み");
		logOut();

		// The resident sees the referral, linked to the course, and nothing of the notes.
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident.email(), resident.password());
		open("/mypage/consultations/" + booking);
		assertThat(page.locator("#referrals")).containsText(courseTitle);
		assertThat(page.locator("#referrals a")).hasAttribute("href", "/courses/" + course);
		assertThat(page.locator("main")).not().containsText("秘密のメモ");
		assertAccessible();
		assertThat(page.content()).doesNotContain("基礎からの講座が合いそう");
	}

	private void logIn(String email, String password) {
		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("button[type=submit]").click();
		completeTwoFactor(email);
		page.waitForURL(url -> !url.contains("/login"));
	}

	private void logOut() {
		context.clearCookies();
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
	}
}
