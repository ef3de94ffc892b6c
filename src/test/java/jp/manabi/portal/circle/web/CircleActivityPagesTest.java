package jp.manabi.portal.circle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.circle.domain.ActivityKind;
import jp.manabi.portal.circle.domain.ActivityTestCircles;
import jp.manabi.portal.circle.domain.ActivityTestMails;
import jp.manabi.portal.circle.domain.CircleActivity;
import jp.manabi.portal.circle.domain.CircleActivityRepository;
import jp.manabi.portal.circle.domain.EventSignupService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts.Created;
import jp.manabi.portal.support.WebSession;

/** Leaders post, edit and cancel their circle's activities; nobody else reaches them. */
class CircleActivityPagesTest extends IntegrationTest {

	@Autowired
	ActivityTestCircles circles;

	@Autowired
	CircleActivityRepository activities;

	@Autowired
	EventSignupService signups;

	@Test
	void aLeaderPostsAPublicEventAndEditsIt() {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "写真の会 " + System.nanoTime());
		var web = logIn(leader);

		var posted = web.submit(newPage(circle), newPage(circle), event("春の写真展", 2));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/mypage/circles/" + circle + "/activities");
		var list = web.get("/mypage/circles/" + circle + "/activities").body();
		assertThat(list).contains("春の写真展").contains("活動・イベントを掲載しました。").contains("申込み 0人／定員 2人");

		long id = activities.findByCircleIdOrderByActivityDateDescStartsAtDesc(circle).get(0).getId();
		String edit = "/mypage/circles/" + circle + "/activities/" + id + "/edit";
		assertThat(web.get(edit).body()).contains("value=\"春の写真展\"");
		var fields = event("春の写真展（拡大版）", 5);
		assertThat(web.submit(edit, edit, fields).statusCode()).isEqualTo(302);
		var saved = activities.findById(id).orElseThrow();
		assertThat(saved.getTitle()).isEqualTo("春の写真展（拡大版）");
		assertThat(saved.getCapacity()).isEqualTo(5);
		assertThat(saved.takesSignups()).isTrue();
	}

	@Test
	void badInputIsRefusedWithTheMessageBesideEachField() {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "囲碁の会 " + System.nanoTime());
		var web = logIn(leader);
		var fields = event("", 2);
		fields.put("date", LocalDate.now(CircleActivity.ZONE).minusDays(1).toString());
		fields.put("endsAt", "09:00");
		fields.put("capacity", "");
		fields.put("feeYen", "-5");

		var page = web.submit(newPage(circle), newPage(circle), fields);
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("id=\"title-error\"").contains("入力してください。");
		assertThat(body).contains("id=\"feeYen-error\"");
		// Cross-field checks come once the form itself is well-formed.
		fields.put("title", "紅葉の対局会");
		fields.put("feeYen", "0");
		body = web.submit(newPage(circle), newPage(circle), fields).body();
		assertThat(body).contains("id=\"date-error\"").contains("過去の日付は選べません。");
		assertThat(body).contains("id=\"endsAt-error\"").contains("終了時刻は開始時刻より後にしてください。");
		assertThat(body).contains("id=\"capacity-error\"").contains("申込みを受け付けるときは定員を入力してください。");
		assertThat(activities.findByCircleIdOrderByActivityDateDescStartsAtDesc(circle)).isEmpty();
	}

	@Test
	void aCircleNotYetRegisteredPostsMeetingsButNoPublicEvents() {
		var leader = accounts.resident();
		long circle = circles.pending(leader.id(), "審査中の会 " + System.nanoTime());
		var web = logIn(leader);
		assertThat(web.get(newPage(circle)).body()).contains("公開イベントを掲載できるのは、登録済みで登録期限内のサークルだけです。");

		var refused = web.submit(newPage(circle), newPage(circle), event("公開講演会", 10));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"kind-error\"").contains("定例活動を選んでください。");

		var meeting = event("いつもの練習", 10);
		meeting.put("kind", "MEETING");
		meeting.remove("signupOpen");
		assertThat(web.submit(newPage(circle), newPage(circle), meeting).statusCode()).isEqualTo(302);
		var saved = activities.findByCircleIdOrderByActivityDateDescStartsAtDesc(circle);
		assertThat(saved).singleElement().satisfies(a -> {
			assertThat(a.getKind()).isEqualTo(ActivityKind.MEETING);
			assertThat(a.takesSignups()).isFalse();
		});
	}

	@Test
	void anotherResidentCannotPostEditOrCancelActivitiesOfACircleTheyDoNotManage() {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "他人の会 " + System.nanoTime());
		long activity = circles.activity(circle, leader.id(), ActivityKind.EVENT,
				LocalDate.now(CircleActivity.ZONE).plusDays(10), 10, true);
		var other = accounts.resident();
		long ownCircle = circles.registered(other.id(), "自分の会 " + System.nanoTime());
		var web = logIn(other);

		assertThat(web.get("/mypage/circles/" + circle + "/activities").statusCode()).isEqualTo(404);
		assertThat(web.get(newPage(circle)).statusCode()).isEqualTo(404);
		assertThat(web.get("/mypage/circles/" + circle + "/activities/" + activity + "/edit").statusCode()).isEqualTo(404);
		assertThat(web.get("/mypage/circles/" + circle + "/activities/" + activity).statusCode()).isEqualTo(404);
		// Posting to the other circle with a token from a page of their own.
		String ownPage = newPage(ownCircle);
		assertThat(web.submit(ownPage, newPage(circle), event("乗っ取り", 3)).statusCode()).isEqualTo(404);
		assertThat(web.submit(ownPage, "/mypage/circles/" + circle + "/activities/" + activity + "/edit",
				event("乗っ取り", 3)).statusCode()).isEqualTo(404);
		assertThat(web.submit(ownPage, "/mypage/circles/" + circle + "/activities/" + activity + "/cancel", Map.of())
				.statusCode()).isEqualTo(404);
		// Their own circle's id with the other circle's activity id (tampered).
		assertThat(web.submit(ownPage, "/mypage/circles/" + ownCircle + "/activities/" + activity + "/edit",
				event("乗っ取り", 3)).statusCode()).isEqualTo(404);
		assertThat(web.submit(ownPage, "/mypage/circles/" + ownCircle + "/activities/" + activity + "/cancel",
				Map.of()).statusCode()).isEqualTo(404);

		var untouched = activities.findById(activity).orElseThrow();
		assertThat(untouched.isCancelled()).isFalse();
		assertThat(untouched.getTitle()).doesNotContain("乗っ取り");
		assertThat(activities.findByCircleIdOrderByActivityDateDescStartsAtDesc(circle)).hasSize(1);
	}

	@Test
	void theLeaderSeesWhoSignedUpByDisplayNameOnlyAndCancellingMailsThem() throws Exception {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "朗読の会 " + System.nanoTime());
		long activity = circles.activity(circle, leader.id(), ActivityKind.EVENT,
				LocalDate.now(CircleActivity.ZONE).plusDays(10), 10, true);
		var resident = accounts.resident();
		signups.signUp(circle, activity, resident.id());
		var web = logIn(leader);

		String page = web.get("/mypage/circles/" + circle + "/activities/" + activity).body();
		assertThat(page).contains("試験 太郎").contains("申込み 1人／定員 10人");
		assertThat(page).doesNotContain(resident.email()).doesNotContain("@test.manabi.example");

		var cancelled = web.submit("/mypage/circles/" + circle + "/activities",
				"/mypage/circles/" + circle + "/activities/" + activity + "/cancel", Map.of());
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(activities.findById(activity).orElseThrow().isCancelled()).isTrue();
		var mails = ActivityTestMails.await(greenMail, resident.email(), 2);
		assertThat(mails).anySatisfy(mail -> {
			assertThat(mail.subject()).contains("中止");
			assertThat(mail.text()).contains("中止になりました");
		});
	}

	static Map<String, String> eventFields(String title, int capacity) {
		var fields = new HashMap<String, String>();
		fields.put("kind", "EVENT");
		fields.put("title", title);
		fields.put("description", "作品を持ち寄って見せ合います。");
		fields.put("date", LocalDate.now(CircleActivity.ZONE).plusDays(14).toString());
		fields.put("startsAt", "10:00");
		fields.put("endsAt", "12:00");
		fields.put("place", "区民ひろば池袋 第1会議室");
		fields.put("areaCode", "ikebukuro");
		fields.put("feeYen", "0");
		fields.put("capacity", String.valueOf(capacity));
		fields.put("signupOpen", "true");
		return fields;
	}

	private static Map<String, String> event(String title, int capacity) {
		return eventFields(title, capacity);
	}

	private static String newPage(long circle) {
		return "/mypage/circles/" + circle + "/activities/new";
	}

	private WebSession logIn(Created account) {
		var web = session();
		web.logIn(account.email(), account.password());
		return web;
	}
}
