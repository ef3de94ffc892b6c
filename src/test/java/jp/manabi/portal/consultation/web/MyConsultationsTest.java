package jp.manabi.portal.consultation.web;

import static jp.manabi.portal.consultation.web.ConsultationBookingTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.circle.domain.ActivityTestMails;
import jp.manabi.portal.consultation.domain.BookingRules;
import jp.manabi.portal.consultation.domain.BookingService;
import jp.manabi.portal.consultation.domain.ConsultationTestData;
import jp.manabi.portal.consultation.domain.SlotFinder;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/**
 * マイページ's consultations: only one's own; referrals shown and notes never; cancel before and
 * after the cut-off; move keeps exactly one booking and frees the old slot, and is not blocked by
 * the limit; another resident's booking is a 404 on every page and form and stays as it was.
 */
class MyConsultationsTest extends IntegrationTest {

	@Autowired
	ConsultationTestData data;

	@Autowired
	BookingService bookings;

	@Autowired
	SlotFinder finder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListShowsOnlyMyOwnBookings() {
		var setup = data.topicWithCounselor();
		var me = accounts.resident();
		var other = accounts.resident();
		var free = data.free(setup).stream().filter(s -> s.day().isAfter(finder.today().plusDays(2))).toList();
		long mine = bookings.book(setup.topicId(), setup.counselorId(), free.get(0).startsAt(), me.id(), "わたしの相談");
		long theirs = bookings.book(setup.topicId(), setup.counselorId(), free.get(3).startsAt(), other.id(), "ほかの人の相談");
		String body = logIn(me).get("/mypage/consultations").body();
		assertThat(body).contains("/mypage/consultations/" + mine).doesNotContain("/mypage/consultations/" + theirs + "\"");
		assertThat(logIn(me).get("/mypage").body()).contains("href=\"/mypage/consultations\"");
	}

	@Test
	void detailsShowReferralsButNeverTheCounselorsNotes() {
		var setup = data.topicWithCounselor();
		var me = accounts.resident();
		long id = bookings.book(setup.topicId(), setup.counselorId(), data.counterSlot(setup, 3).startsAt(), me.id(),
				"サークルをさがしたい");
		// As the counselor records it afterwards: held, private notes, a referral.
		jdbc.sql("update consultation_booking set status = 'HELD' where id = ?").param(id).update();
		jdbc.sql("insert into consultation_outcome (booking_id, notes, recorded_by) values (?, ?, ?)").param(id)
				.param("非公開メモ：家族の事情を配慮").param(me.id()).update();
		jdbc.sql("insert into consultation_referral (booking_id, kind, target_id, title) values (?, 'CIRCLE', 42, ?)")
				.param(id).param("池袋えいかいわクラブ").update();
		var web = logIn(me);
		String details = web.get("/mypage/consultations/" + id).body();
		assertThat(details).contains("実施済み").contains("池袋えいかいわクラブ").contains("href=\"/circles/42\"")
				.contains("サークル・団体").doesNotContain("非公開メモ");
		String list = web.get("/mypage/consultations").body();
		assertThat(list).contains("池袋えいかいわクラブ").doesNotContain("非公開メモ");
	}

	@Test
	void cancellingBeforeTheCutOffCancelsAndMails() throws Exception {
		var setup = data.topicWithCounselor();
		var me = accounts.resident();
		long id = bookings.book(setup.topicId(), setup.counselorId(), data.counterSlot(setup, 3).startsAt(), me.id(), "相談");
		var web = logIn(me);
		assertThat(web.get("/mypage/consultations/" + id).body()).contains("この予約を取り消す");
		var done = post(web, "/mypage/consultations/" + id + "/cancel", Map.of());
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("CANCELLED");
		var mails = ActivityTestMails.await(greenMail, me.email(), 2);
		assertThat(mails).anySatisfy(m -> assertThat(m.subject()).contains("予約を取り消しました"));
	}

	@Test
	void afterTheCutOffTheButtonIsAReasonAndCancellingIsRefused() {
		// Cancellable until 30 days before: every slot in the next 30 days is past its cut-off.
		var setup = data.topicWithCounselor(new BookingRules(30, 10, 1, 60, 720));
		var me = accounts.resident();
		long id = bookings.book(setup.topicId(), setup.counselorId(), data.counterSlot(setup, 3).startsAt(), me.id(), "相談");
		var web = logIn(me);
		String page = web.get("/mypage/consultations/" + id).body();
		assertThat(page).contains("取消し・変更の期限").doesNotContain("この予約を取り消す").doesNotContain("/move\"");
		var refused = post(web, "/mypage/consultations/" + id + "/cancel", Map.of());
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(web.get("/mypage/consultations/" + id).body()).contains("取消し・変更の期限を過ぎています");
		assertThat(status(id)).isEqualTo("BOOKED");
		assertThat(post(web, "/mypage/consultations/" + id + "/move?counselor=" + setup.counselorId() + "&start="
				+ enc(data.counterSlot(setup, 40).startsAt().toString()), Map.of()).body())
				.contains("取消し・変更の期限を過ぎています");
		assertThat(status(id)).isEqualTo("BOOKED");
	}

	@Test
	void movingKeepsExactlyOneBookingAndFreesTheOldSlot() throws Exception {
		var setup = data.topicWithCounselor();
		var me = accounts.resident();
		var old = data.counterSlot(setup, 3);
		long id = bookings.book(setup.topicId(), setup.counselorId(), old.startsAt(), me.id(), "はじめの相談");
		var web = logIn(me);
		String choose = web.get("/mypage/consultations/" + id + "/move").body();
		assertThat(choose).contains("予約の変更").contains("/mypage/consultations/" + id + "/move?counselor=");
		var target = data.counterSlot(setup, 10);
		String path = "/mypage/consultations/" + id + "/move?counselor=" + target.counselorId() + "&start="
				+ enc(target.startsAt().toString());
		assertThat(web.get(path).body()).contains("この時間に変更する");

		var done = post(web, path, Map.of());
		assertThat(done.statusCode()).isEqualTo(302);
		String location = done.headers().firstValue("Location").orElseThrow();
		long moved = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(moved).isNotEqualTo(id);
		assertThat(jdbc.sql("select count(*) from consultation_booking where account_id = ? and status = 'BOOKED'")
				.param(me.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(status(id)).isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select description from consultation_booking where id = ?").param(moved).query(String.class)
				.single()).isEqualTo("はじめの相談");
		assertThat(finder.find(setup.topicId(), old.counselorId(), old.startsAt())).isPresent();
		assertThat(finder.find(setup.topicId(), target.counselorId(), target.startsAt())).isEmpty();

		var mails = ActivityTestMails.await(greenMail, me.email(), 2);
		var movedMail = mails.stream().filter(m -> m.subject().contains("予約を変更しました")).findFirst().orElseThrow();
		assertThat(movedMail.attachment()).contains("UID:consultation-" + moved + "@manabi-portal")
				.contains("UID:consultation-" + id + "@manabi-portal").contains("STATUS:CANCELLED");
	}

	@Test
	void theLimitDoesNotBlockAMoveAndARefusedMoveChangesNothing() {
		var setup = data.topicWithCounselor();
		var me = accounts.resident();
		var free = data.free(setup).stream().filter(s -> s.day().isAfter(finder.today().plusDays(2))).toList();
		long first = bookings.book(setup.topicId(), setup.counselorId(), free.get(0).startsAt(), me.id(), "1");
		bookings.book(setup.topicId(), setup.counselorId(), free.get(3).startsAt(), me.id(), "2");
		long third = bookings.book(setup.topicId(), setup.counselorId(), free.get(6).startsAt(), me.id(), "3");
		var web = logIn(me);
		var target = free.get(12);
		var done = post(web, "/mypage/consultations/" + first + "/move?counselor=" + target.counselorId() + "&start="
				+ enc(target.startsAt().toString()), Map.of());
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(status(first)).isEqualTo("CANCELLED");

		// Onto a slot that is already taken (by the third booking): refused, both stay as they were.
		var refused = post(web, "/mypage/consultations/" + third + "/move?counselor=" + setup.counselorId() + "&start="
				+ enc(target.startsAt().toString()), Map.of());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"refusal\"");
		assertThat(status(third)).isEqualTo("BOOKED");
		assertThat(jdbc.sql("select count(*) from consultation_booking where account_id = ? and status = 'BOOKED'")
				.param(me.id()).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void anotherResidentsBookingIsNotFoundOnDetails() {
		var fixture = othersBooking();
		assertThat(fixture.web().get("/mypage/consultations/" + fixture.id()).statusCode()).isEqualTo(404);
		assertUnchanged(fixture);
	}

	@Test
	void anotherResidentsBookingIsNotFoundOnCancel() {
		var fixture = othersBooking();
		assertThat(post(fixture.web(), "/mypage/consultations/" + fixture.id() + "/cancel", Map.of()).statusCode())
				.isEqualTo(404);
		assertUnchanged(fixture);
	}

	@Test
	void anotherResidentsBookingIsNotFoundOnMove() {
		var fixture = othersBooking();
		var target = data.counterSlot(fixture.setup(), 12);
		String path = "/mypage/consultations/" + fixture.id() + "/move?counselor=" + target.counselorId() + "&start="
				+ enc(target.startsAt().toString());
		assertThat(fixture.web().get("/mypage/consultations/" + fixture.id() + "/move").statusCode()).isEqualTo(404);
		assertThat(fixture.web().get(path).statusCode()).isEqualTo(404);
		assertThat(post(fixture.web(), path, Map.of()).statusCode()).isEqualTo(404);
		assertUnchanged(fixture);
		assertThat(finder.find(fixture.setup().topicId(), target.counselorId(), target.startsAt())).isPresent();
	}

	record OthersBooking(ConsultationTestData.Setup setup, long id, WebSession web) {
	}

	private OthersBooking othersBooking() {
		var setup = data.topicWithCounselor();
		var owner = accounts.resident();
		long id = bookings.book(setup.topicId(), setup.counselorId(), data.counterSlot(setup, 3).startsAt(), owner.id(),
				"持ち主の相談");
		return new OthersBooking(setup, id, logIn(accounts.resident()));
	}

	private void assertUnchanged(OthersBooking fixture) {
		assertThat(status(fixture.id())).isEqualTo("BOOKED");
		assertThat(jdbc.sql("select version from consultation_booking where id = ?").param(fixture.id()).query(Long.class)
				.single()).isZero();
	}

	private String status(long id) {
		return jdbc.sql("select status from consultation_booking where id = ?").param(id).query(String.class).single();
	}

	private WebSession logIn(TestAccounts.Created account) {
		return ConsultationBookingTest.logIn(session(), account);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
