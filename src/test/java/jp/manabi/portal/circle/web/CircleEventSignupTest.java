package jp.manabi.portal.circle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.circle.domain.ActivityKind;
import jp.manabi.portal.circle.domain.ActivityTestCircles;
import jp.manabi.portal.circle.domain.ActivityTestMails;
import jp.manabi.portal.circle.domain.CircleActivity;
import jp.manabi.portal.circle.domain.EventSignupRepository;
import jp.manabi.portal.circle.domain.EventSignupStatus;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts.Created;
import jp.manabi.portal.support.WebSession;

/** Residents sign up for circles' public events on the event page and cancel on マイページ. */
class CircleEventSignupTest extends IntegrationTest {

	@Autowired
	ActivityTestCircles circles;

	@Autowired
	EventSignupRepository signups;

	@Test
	void aResidentSignsUpAndIsMailedWithTheEventAsIcs() throws Exception {
		var event = event(5, "ikebukuro");
		var resident = accounts.resident();
		var web = logIn(resident);

		assertThat(web.get(event.page()).body()).contains("残り 5人（定員 5人）").contains("参加を申し込む");
		var done = web.submit(event.page(), event.page() + "/signup", Map.of());
		assertThat(done.statusCode()).isEqualTo(302);
		String after = web.get(event.page()).body();
		assertThat(after).contains("参加を申し込みました。").contains("残り 4人（定員 5人）").contains("参加申込み済みです。");
		assertThat(web.get("/mypage/events").body()).contains(event.title()).contains("申込み済み");

		var mail = ActivityTestMails.await(greenMail, resident.email(), 1).get(0);
		assertThat(mail.subject()).contains("参加申込みを受け付けました");
		assertThat(mail.text()).contains(event.title()).contains("/circles/" + event.circle() + "/activities/" + event.id());
		assertThat(mail.attachmentName()).isEqualTo("circle-activity-" + event.id() + ".ics");
		assertThat(mail.attachmentType()).startsWith("text/calendar");
		assertThat(mail.attachment()).contains("BEGIN:VEVENT").contains("UID:circle-activity-" + event.id() + "@manabi-portal")
				.contains("SUMMARY:" + event.title()).contains("STATUS:CONFIRMED");
	}

	@Test
	void aFullEventIsRefusedWithAClearMessage() {
		var event = event(1, null);
		var first = logIn(accounts.resident());
		first.submit(event.page(), event.page() + "/signup", Map.of());
		var second = accounts.resident();
		var web = logIn(second);

		String page = web.get(event.page()).body();
		assertThat(page).contains("残り 0人（定員 1人）").contains("定員に達したため").doesNotContain("参加を申し込む</button>");
		// Posting anyway (an old tab) is refused too.
		var csrf = web.csrfFrom("/mypage/events");
		web.post(event.page() + "/signup", Map.of("_csrf", csrf));
		assertThat(web.get(event.page()).body()).contains("定員に達したため、申込みを締め切りました。");
		assertThat(signups.findByActivityIdAndAccountId(event.id(), second.id())).isEmpty();
	}

	@Test
	void signingUpTwiceSaysSoAndKeepsOnePlace() {
		var event = event(5, null);
		var resident = accounts.resident();
		var web = logIn(resident);
		web.submit(event.page(), event.page() + "/signup", Map.of());
		assertThat(web.get(event.page()).body()).contains("参加を申し込みました。");
		// A second attempt (from an old tab) is told plainly.
		var csrf = web.csrfFrom("/mypage/events");
		web.post(event.page() + "/signup", Map.of("_csrf", csrf));

		assertThat(web.get(event.page()).body()).contains("すでにこのイベントに申し込んでいます。");
		assertThat(signups.countByActivityIdAndStatus(event.id(), EventSignupStatus.CONFIRMED)).isEqualTo(1);
	}

	@Test
	void cancellingFreesThePlaceForSomeoneElseAndTheFirstMaySignUpAgain() throws Exception {
		var event = event(1, null);
		var first = accounts.resident();
		var web = logIn(first);
		web.submit(event.page(), event.page() + "/signup", Map.of());
		long signup = signups.findByActivityIdAndAccountId(event.id(), first.id()).orElseThrow().getId();

		var cancelled = web.submit("/mypage/events", "/mypage/events/" + signup + "/cancel", Map.of());
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(web.get("/mypage/events").body()).contains("参加申込みを取り消しました。").contains("取消済み");
		assertThat(ActivityTestMails.await(greenMail, first.email(), 2))
				.anySatisfy(mail -> assertThat(mail.subject()).contains("取り消しました"));

		var second = logIn(accounts.resident());
		assertThat(second.get(event.page()).body()).contains("残り 1人（定員 1人）");
		second.submit(event.page(), event.page() + "/signup", Map.of());
		assertThat(signups.countByActivityIdAndStatus(event.id(), EventSignupStatus.CONFIRMED)).isEqualTo(1);

		// Full again: the first person's cancelled row cannot take a place that is not there.
		web.submit(event.page(), event.page() + "/signup", Map.of());
		assertThat(web.get(event.page()).body()).contains("定員に達したため");
		assertThat(signups.findById(signup).orElseThrow().getStatus()).isEqualTo(EventSignupStatus.CANCELLED);
	}

	@Test
	void aCancelledSignUpIsTakenAgainWhilePlacesRemain() {
		var event = event(3, null);
		var resident = accounts.resident();
		var web = logIn(resident);
		web.submit(event.page(), event.page() + "/signup", Map.of());
		long signup = signups.findByActivityIdAndAccountId(event.id(), resident.id()).orElseThrow().getId();
		web.submit("/mypage/events", "/mypage/events/" + signup + "/cancel", Map.of());

		web.submit(event.page(), event.page() + "/signup", Map.of());
		assertThat(signups.findById(signup).orElseThrow().getStatus()).isEqualTo(EventSignupStatus.CONFIRMED);
	}

	@Test
	void anotherResidentCannotCancelMySignUp() {
		var event = event(3, null);
		var resident = accounts.resident();
		logIn(resident).submit(event.page(), event.page() + "/signup", Map.of());
		long signup = signups.findByActivityIdAndAccountId(event.id(), resident.id()).orElseThrow().getId();

		var other = logIn(accounts.resident());
		other.submit("/mypage/events", "/mypage/events/" + signup + "/cancel", Map.of());
		assertThat(other.get("/mypage/events").body()).contains("申込みが見つかりません。");
		assertThat(signups.findById(signup).orElseThrow().getStatus()).isEqualTo(EventSignupStatus.CONFIRMED);
	}

	@Test
	void theEventOfACircleNotListedOrOfAnotherCircleIsNotFound() {
		var leader = accounts.resident();
		long pending = circles.pending(leader.id(), "審査中の会 " + System.nanoTime());
		long hidden = circles.activity(pending, leader.id(), ActivityKind.EVENT,
				LocalDate.now(CircleActivity.ZONE).plusDays(7), 10, true);
		var listed = event(5, null);
		var web = logIn(accounts.resident());

		assertThat(web.get("/circles/" + pending + "/activities/" + hidden).statusCode()).isEqualTo(404);
		assertThat(session().get("/circles/" + pending + "/activities/" + hidden).statusCode()).isEqualTo(404);
		// A listed circle's id with another circle's activity.
		assertThat(web.get("/circles/" + listed.circle() + "/activities/" + hidden).statusCode()).isEqualTo(404);
		var csrf = web.csrfFrom("/mypage/events");
		assertThat(web.post("/circles/" + pending + "/activities/" + hidden + "/signup", Map.of("_csrf", csrf))
				.statusCode()).isEqualTo(404);
		assertThat(signups.countByActivityIdAndStatus(hidden, EventSignupStatus.CONFIRMED)).isZero();
	}

	@Test
	void theEventPageIsPublicButSigningUpNeedsALogin() {
		var event = event(5, null);
		var anonymous = session();
		var page = anonymous.get(event.page());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(event.title()).contains("ログインして申し込む");
		var toSignUp = anonymous.get(event.page() + "/signup");
		assertThat(toSignUp.statusCode()).isEqualTo(302);
		assertThat(toSignUp.headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	@Test
	void pastAndClosedEventsAreRefused() {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "締切の会 " + System.nanoTime());
		long past = circles.activity(circle, leader.id(), ActivityKind.EVENT,
				LocalDate.now(CircleActivity.ZONE).minusDays(1), 10, true);
		long closed = circles.activity(circle, leader.id(), ActivityKind.EVENT,
				LocalDate.now(CircleActivity.ZONE).plusDays(3), 10, false);
		var web = logIn(accounts.resident());
		var csrf = web.csrfFrom("/mypage/events");

		web.post("/circles/" + circle + "/activities/" + past + "/signup", Map.of("_csrf", csrf));
		assertThat(web.get("/circles/" + circle + "/activities/" + past).body())
				.contains("このイベントはすでに始まったか、終わっています。");
		web.post("/circles/" + circle + "/activities/" + closed + "/signup", Map.of("_csrf", csrf));
		assertThat(web.get("/circles/" + circle + "/activities/" + closed).body())
				.contains("このイベントは申込みを受け付けていません。");
		assertThat(signups.countByActivityIdAndStatus(past, EventSignupStatus.CONFIRMED)).isZero();
		assertThat(signups.countByActivityIdAndStatus(closed, EventSignupStatus.CONFIRMED)).isZero();
	}

	record Event(long circle, long id, String title) {
		String page() {
			return "/circles/" + circle + "/activities/" + id;
		}
	}

	private Event event(int capacity, String area) {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "公開イベントの会 " + System.nanoTime());
		long id = circles.activity(circle, leader.id(), ActivityKind.EVENT,
				LocalDate.now(CircleActivity.ZONE).plusDays(10), capacity, true);
		return new Event(circle, id, circles.title(id));
	}

	private WebSession logIn(Created account) {
		var web = session();
		web.logIn(account.email(), account.password());
		return web;
	}
}
