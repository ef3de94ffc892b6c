package jp.manabi.portal.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.circle.domain.ActivityTestMails;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.domain.BookingRules;
import jp.manabi.portal.consultation.domain.BookingService;
import jp.manabi.portal.consultation.domain.ConsultationTestData;
import jp.manabi.portal.consultation.domain.FreeSlots;
import jp.manabi.portal.consultation.domain.SlotFinder;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/**
 * Booking through the form: the happy path with its mail and .ics, and every refusal (past,
 * taken, out of the window either side, tampered counselor or start, the limit), each with a
 * message on the same page and nothing booked; a start that is no instant is a 400.
 */
class ConsultationBookingTest extends IntegrationTest {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC);

	@Autowired
	ConsultationTestData data;

	@Autowired
	BookingService bookings;

	@Autowired
	SlotFinder finder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResidentBooksAndGetsAMailWithTheConsultationAsIcs() throws Exception {
		var setup = data.topicWithCounselor();
		var slot = data.counterSlot(setup, 3);
		var resident = accounts.resident();
		var web = logIn(resident);

		var form = web.get(bookPath(setup, slot.counselorId(), slot.startsAt().toString()));
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains(ConsultationTestData.VENUE).contains(setup.counselorName()).contains("窓口")
				.contains(slot.start() + "–" + slot.end()).doesNotContain("contactPhone");

		var done = post(web, bookPath(setup, slot.counselorId(), slot.startsAt().toString()),
				Map.of("description", "英会話を学べる講座を知りたい"));
		assertThat(done.statusCode()).isEqualTo(302);
		String location = done.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/mypage/consultations/\\d+");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(web.get("/mypage/consultations/" + id).body()).contains("相談を予約しました")
				.contains("英会話を学べる講座を知りたい").contains("予約済み");

		var mail = ActivityTestMails.await(greenMail, resident.email(), 1).get(0);
		assertThat(mail.subject()).contains("学習相談のご予約を受け付けました");
		assertThat(mail.text()).contains(setup.topic().getNameJa()).contains(ConsultationTestData.VENUE)
				.contains(setup.counselorName()).contains("/mypage/consultations/" + id);
		assertThat(mail.attachmentName()).isEqualTo("consultation-" + id + ".ics");
		assertThat(mail.attachmentType()).startsWith("text/calendar");
		assertThat(mail.attachment()).contains("BEGIN:VCALENDAR").contains("UID:consultation-" + id + "@manabi-portal")
				.contains("DTSTART:" + UTC.format(slot.startsAt())).contains("DTEND:" + UTC.format(slot.endsAt()))
				.contains("LOCATION:" + ConsultationTestData.VENUE).contains("STATUS:CONFIRMED");
	}

	@Test
	void anEnglishReadersMailIsInEnglishWithOnlineAsTheLocation() throws Exception {
		var setup = data.topicWithCounselor();
		var slot = data.slot(setup, s -> s.channel() == Channel.ONLINE && s.day().isAfter(finder.today().plusDays(2)));
		var resident = accounts.resident();
		jdbc.sql("update account set preferred_language = 'en' where id = ?").param(resident.id()).update();
		long id = bookings.book(setup.topicId(), slot.counselorId(), slot.startsAt(), resident.id(), "Evening classes?");
		var mail = ActivityTestMails.await(greenMail, resident.email(), 1).get(0);
		assertThat(mail.subject()).contains("Your learning advice is booked");
		assertThat(mail.text()).contains("Dear ").contains("Test topic ").contains("How and where: Online")
				.contains("/mypage/consultations/" + id);
		assertThat(mail.attachment()).contains("SUMMARY:Learning advice: Test topic ").contains("LOCATION:Online");
	}

	@Test
	void aPhoneConsultationNeedsTheNumberToCallAndKeepsIt() throws Exception {
		var setup = data.topicWithCounselor();
		var slot = data.slot(setup, s -> s.channel() == Channel.PHONE);
		var resident = accounts.resident();
		var web = logIn(resident);
		String path = bookPath(setup, slot.counselorId(), slot.startsAt().toString());
		assertThat(web.get(path).body()).contains("name=\"contactPhone\"");

		var refused = post(web, path, Map.of("description", "電話で相談したい"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("お電話する番号を入力してください");
		assertThat(count(resident.id())).isZero();

		var done = post(web, path, Map.of("description", "電話で相談したい", "contactPhone", "090-1234-5678"));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select contact_phone from consultation_booking where account_id = ?").param(resident.id())
				.query(String.class).single()).isEqualTo("090-1234-5678");
		var mail = ActivityTestMails.await(greenMail, resident.email(), 1).get(0);
		assertThat(mail.attachment()).contains("LOCATION:電話");
	}

	@Test
	void anEmptyDescriptionIsRefusedBesideTheField() {
		var setup = data.topicWithCounselor();
		var slot = data.counterSlot(setup, 3);
		var resident = accounts.resident();
		var web = logIn(resident);
		var refused = post(web, bookPath(setup, slot.counselorId(), slot.startsAt().toString()), Map.of("description", ""));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("field-error").contains("id=\"description-error\"");
		assertThat(count(resident.id())).isZero();
	}

	@Test
	void aPastSlotIsRefused() {
		var setup = data.topicWithCounselor();
		var slot = data.counterSlot(setup, 3);
		var resident = accounts.resident();
		var web = logIn(resident);
		String past = slot.startsAt().minus(java.time.Duration.ofDays(28)).toString();
		assertRefused(web, resident, bookPath(setup, slot.counselorId(), past), "この時間は予約できません");
	}

	@Test
	void aTakenSlotIsRefused() {
		var setup = data.topicWithCounselor();
		var slot = data.counterSlot(setup, 3);
		bookings.book(setup.topicId(), slot.counselorId(), slot.startsAt(), accounts.resident().id(), "先に予約");
		var resident = accounts.resident();
		var web = logIn(resident);
		assertRefused(web, resident, bookPath(setup, slot.counselorId(), slot.startsAt().toString()), "この時間は予約できません");
	}

	@Test
	void beyondTheBookingWindowIsRefused() {
		var setup = data.topicWithCounselor(new BookingRules(30, 10, 1, 14, 24));
		var resident = accounts.resident();
		var web = logIn(resident);
		// The same weekday morning three weeks on: a slot by the hours, but past the 14 days.
		var inWindow = data.counterSlot(setup, 1);
		String beyond = inWindow.startsAt().plus(java.time.Duration.ofDays(21)).toString();
		assertRefused(web, resident, bookPath(setup, inWindow.counselorId(), beyond), "この時間は予約できません");
	}

	@Test
	void beforeTheBookingWindowIsRefused() {
		var open = data.topicWithCounselor();
		var tomorrowish = data.counterSlot(open, 1);
		var setup = data.topicWithCounselor(new BookingRules(30, 10, 7, 60, 24));
		var resident = accounts.resident();
		var web = logIn(resident);
		assertThat(data.free(setup)).allSatisfy(s -> assertThat(s.day()).isAfterOrEqualTo(finder.today().plusDays(7)));
		if (tomorrowish.day().isBefore(finder.today().plusDays(7))) {
			assertRefused(web, resident, bookPath(setup, setup.counselorId(), tomorrowish.startsAt().toString()),
					"この時間は予約できません");
		}
	}

	@Test
	void aTamperedCounselorIsRefused() {
		var setup = data.topicWithCounselor();
		var other = data.topicWithCounselor();
		var slot = data.counterSlot(setup, 3);
		var resident = accounts.resident();
		var web = logIn(resident);
		// A real counselor with the same hours, but not of this topic; and one that does not exist.
		assertRefused(web, resident, bookPath(setup, other.counselorId(), slot.startsAt().toString()), "この時間は予約できません");
		assertRefused(web, resident, bookPath(setup, slot.counselorId() + 1_000_000, slot.startsAt().toString()),
				"この時間は予約できません");
	}

	@Test
	void aTamperedStartIsRefused() {
		var setup = data.topicWithCounselor();
		var slot = data.counterSlot(setup, 3);
		var resident = accounts.resident();
		var web = logIn(resident);
		assertRefused(web, resident, bookPath(setup, slot.counselorId(), slot.startsAt().plusSeconds(300).toString()),
				"この時間は予約できません");
	}

	@Test
	void theFourthOpenBookingIsRefusedByTheDefaultLimitOfThree() {
		var setup = data.topicWithCounselor();
		var resident = accounts.resident();
		var free = data.free(setup).stream().filter(s -> s.day().isAfter(finder.today().plusDays(2))).toList();
		for (int i = 0; i < 3; i++) {
			bookings.book(setup.topicId(), setup.counselorId(), free.get(i * 3).startsAt(), resident.id(), "相談 " + i);
		}
		var web = logIn(resident);
		FreeSlots.Slot fourth = free.get(10);
		var refused = post(web, bookPath(setup, fourth.counselorId(), fourth.startsAt().toString()),
				Map.of("description", "4件目"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("予約できる相談の数の上限に達しています");
		assertThat(count(resident.id())).isEqualTo(3);
	}

	@Test
	void aStartThatIsNoInstantIsABadRequest() {
		var setup = data.topicWithCounselor();
		var web = logIn(accounts.resident());
		assertThat(web.get(bookPath(setup, setup.counselorId(), "tomorrow")).statusCode()).isEqualTo(400);
		assertThat(web.get("/consultations/" + setup.code() + "/book?counselor=abc&start=2026-12-01T01:00:00Z")
				.statusCode()).isEqualTo(400);
		assertThat(web.get("/consultations/" + setup.code() + "/book").statusCode()).isEqualTo(400);
		assertThat(post(web, bookPath(setup, setup.counselorId(), "2026-13-45T99:00:00Z"), Map.of("description", "x"))
				.statusCode()).isEqualTo(400);
	}

	@Test
	void bookingNeedsALogin() {
		var setup = data.topicWithCounselor();
		var slot = data.counterSlot(setup, 3);
		var response = session().get(bookPath(setup, slot.counselorId(), slot.startsAt().toString()));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	private void assertRefused(WebSession web, TestAccounts.Created resident, String path, String message) {
		var page = web.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(message).doesNotContain("name=\"description\"");
		var posted = post(web, path, Map.of("description", "改ざんされた予約"));
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(posted.body()).contains("id=\"refusal\"").contains(message);
		assertThat(count(resident.id())).isZero();
	}

	static String bookPath(ConsultationTestData.Setup setup, long counselorId, String start) {
		return "/consultations/" + setup.code() + "/book?counselor=" + counselorId + "&start="
				+ URLEncoder.encode(start, StandardCharsets.UTF_8);
	}

	static WebSession logIn(WebSession web, TestAccounts.Created account) {
		assertThat(web.logIn(account.email(), account.password()).statusCode()).isEqualTo(302);
		return web;
	}

	WebSession logIn(TestAccounts.Created account) {
		return logIn(session(), account);
	}

	/** Posts with the CSRF token of マイページ (a refused page may have no form of its own). */
	static HttpResponse<String> post(WebSession web, String path, Map<String, String> fields) {
		var withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", web.csrfFrom("/mypage"));
		return web.post(path, withToken);
	}

	private long count(long accountId) {
		return jdbc.sql("select count(*) from consultation_booking where account_id = ? and status <> 'CANCELLED'")
				.param(accountId).query(Long.class).single();
	}
}
