package jp.manabi.portal.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.domain.DeskTestData;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.WebSession;

/** Who reaches the desk's pages, and bad input shown beside its field (never a 500). */
class DeskPagesTest extends IntegrationTest {

	@Autowired
	DeskTestData desk;

	private WebSession signedIn(String email, String password) {
		var web = session();
		web.logIn(email, password);
		return web;
	}

	private WebSession staff() {
		var staff = accounts.staff();
		return signedIn(staff.email(), staff.password());
	}

	@Test
	void aResidentIsForbiddenTheCounselorAndStaffPages() {
		var resident = accounts.resident();
		var web = signedIn(resident.email(), resident.password());
		for (String path : new String[] { "/counselor", "/counselor/hours", "/admin/consultations",
				"/admin/consultations/topics", "/admin/consultations/reports" }) {
			assertThat(web.get(path).statusCode()).as(path).isEqualTo(403);
		}
	}

	@Test
	void aCounselorIsForbiddenTheStaffPages() {
		var counselor = desk.counselor("learning");
		var web = signedIn(counselor.email(), counselor.password());
		assertThat(web.get("/admin/consultations").statusCode()).isEqualTo(403);
		assertThat(web.get("/counselor").statusCode()).isEqualTo(200);
	}

	@Test
	void aCounselorSeesOnlyTheirOwnBookingsPageAndNotAnothersOne() {
		var mine = desk.counselor("learning");
		var other = desk.counselor("learning");
		long theirs = desk.booking(other.counselorId(), desk.topicId("learning"), null,
				Instant.now().plus(Duration.ofDays(2)), 30, Channel.PHONE, "BOOKED");
		long own = desk.booking(mine.counselorId(), desk.topicId("learning"), null,
				Instant.now().plus(Duration.ofDays(2)), 30, Channel.PHONE, "BOOKED");
		var web = signedIn(mine.email(), mine.password());

		assertThat(web.get("/counselor/bookings/" + theirs).statusCode()).isEqualTo(404);
		var page = web.get("/counselor/bookings/" + own);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("電話 花子").contains("03-1234-5678");
		assertThat(web.submit("/counselor/bookings/" + own, "/counselor/bookings/" + theirs + "/notes",
				Map.of("notes", "他人の予約")).statusCode()).isEqualTo(404);
		// The page was read twice: once above, once for the form's CSRF token.
		assertThat(desk.auditCount("VIEW", "consultation_outcome", own)).isEqualTo(2);
		assertThat(desk.auditCount("VIEW", "consultation_outcome", theirs)).isZero();
	}

	@Test
	void aCounselorCannotRemoveAnothersHoursThroughTheForm() {
		var mine = desk.counselor("learning");
		var other = desk.counselor("learning");
		long theirs = desk.weekly(other.counselorId(), DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(11, 0),
				Channel.PHONE);
		var web = signedIn(mine.email(), mine.password());

		var response = web.submit("/counselor/hours", "/counselor/hours/weekly/" + theirs + "/remove", Map.of());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(desk.hoursCount(other.counselorId())).isEqualTo(1);
	}

	@Test
	void anOverlappingRangeIsShownBesideTheRowNotA500() {
		var counselor = desk.counselor("learning");
		var web = signedIn(counselor.email(), counselor.password());
		var fields = Map.of("day", "MONDAY", "startsAt", "10:00", "endsAt", "12:00", "channel", "PHONE");
		assertThat(web.submit("/counselor/hours", "/counselor/hours/weekly", fields).statusCode()).isEqualTo(302);

		var overlap = web.submit("/counselor/hours", "/counselor/hours/weekly",
				Map.of("day", "MONDAY", "startsAt", "11:30", "endsAt", "13:00", "channel", "PHONE"));

		assertThat(overlap.statusCode()).isEqualTo(200);
		assertThat(overlap.body()).contains("startsAt-error").contains("ほかの時間帯と重なっています");
		assertThat(desk.hoursCount(counselor.counselorId())).isEqualTo(1);
		var counterWithoutVenue = web.submit("/counselor/hours", "/counselor/hours/weekly",
				Map.of("day", "TUESDAY", "startsAt", "10:00", "endsAt", "12:00", "channel", "COUNTER"));
		assertThat(counterWithoutVenue.body()).contains("venue-error");
	}

	@Test
	void topicRulesAreShownBesideTheirFields() {
		var web = staff();
		long topic = desk.topicId("school");
		String page = "/admin/consultations/topics/" + topic;
		var form = web.get(page).body();
		String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

		var response = web.submit(page, page, Map.ofEntries(Map.entry("version", version),
				Map.entry("nameJa", "学校支援"), Map.entry("nameEn", "Supporting schools"), Map.entry("slotMinutes", "5"),
				Map.entry("bufferMinutes", "15"), Map.entry("bookFromDays", "10"), Map.entry("bookUntilDays", "3"),
				Map.entry("cancelUntilHours", "24"), Map.entry("channels", "PHONE"), Map.entry("position", "40"),
				Map.entry("active", "true")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("slotMinutes-error");
		var window = web.submit(page, page, Map.ofEntries(Map.entry("version", version), Map.entry("nameJa", "学校支援"),
				Map.entry("nameEn", "Supporting schools"), Map.entry("slotMinutes", "45"),
				Map.entry("bufferMinutes", "15"), Map.entry("bookFromDays", "10"), Map.entry("bookUntilDays", "3"),
				Map.entry("cancelUntilHours", "24"), Map.entry("channels", "PHONE"), Map.entry("position", "40"),
				Map.entry("active", "true")));
		assertThat(window.body()).contains("bookUntilDays-error");
	}

	@Test
	void staffMakeACounselorAccountACounselor() {
		var web = staff();
		var account = accounts.create(EnumSet.of(Role.COUNSELOR));
		var response = web.submit("/admin/consultations/counselors", "/admin/consultations/counselors",
				Map.of("email", account.email(), "displayName", "窓口 一郎", "topicIds",
						String.valueOf(desk.topicId("learning"))));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(web.get("/admin/consultations/counselors").body()).contains("窓口 一郎");
	}

	@Test
	void aHolidayUploadWithBadRowsListsTheLines() {
		var web = staff();
		var response = web.upload("/admin/consultations/holidays", "/admin/consultations/holidays/upload",
				"holidays.csv", "2093-01-01,元日,New Year\nnot-a-date,x,y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("2行目");
	}

	@Test
	void theReportsPageShowsAYear() {
		int last = jp.manabi.portal.shared.time.FiscalYear.of(java.time.LocalDate.now(
				jp.manabi.portal.consultation.domain.FreeSlots.ZONE)).startYear() - 1;
		var response = staff().get("/admin/consultations/reports?year=" + last);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<option value=\"" + last + "\" selected=\"selected\">");
	}

}
