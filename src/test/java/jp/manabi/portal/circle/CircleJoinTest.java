package jp.manabi.portal.circle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.PersonalDetails;
import jp.manabi.portal.circle.domain.CircleRole;
import jp.manabi.portal.circle.domain.CircleTestData;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/**
 * 入会希望 end to end over HTTP: the request, the thread both sides share, decisions, and who may
 * not see or touch any of it. The leader's name, address and phone never reach the resident.
 */
class CircleJoinTest extends IntegrationTest {

	private static final Pattern THREAD = Pattern.compile("/mypage/joins/([0-9]+)");
	private static final String LEADER_PHONE = "03-9876-5432";
	private static final String LEADER_NAME = "代表 花子";

	@Autowired
	CircleFixtures fixtures;

	@Autowired
	CircleTestData data;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbc;

	record Leader(long id, String email) {
	}

	@Test
	void aResidentAsksTheLeaderRepliesAndAcceptsAndBothSidesAreMailed() throws Exception {
		var leader = leaderWithContact();
		var coLeader = accounts.resident();
		long circle = fixtures.registered("ひだまり写真クラブ", leader.id(), true);
		data.addMember(circle, coLeader.id(), CircleRole.CO_LEADER);
		var resident = accounts.resident();
		var residentWeb = logIn(resident);

		long requestId = ask(residentWeb, circle, "はじめまして。写真を始めたばかりです。");
		var thread = residentWeb.get("/mypage/joins/" + requestId);
		assertThat(thread.statusCode()).isEqualTo(200);
		assertThat(thread.body()).contains("はじめまして。写真を始めたばかりです。").contains("返事待ち");

		String toLeader = Mails.awaitText(greenMail, leader.email(), 1);
		assertThat(toLeader).contains("ひだまり写真クラブ").contains("試験 太郎").contains("/mypage/joins/" + requestId)
				.doesNotContain(resident.email()).doesNotContain("はじめまして");
		assertThat(Mails.awaitText(greenMail, coLeader.email(), 1)).contains("ひだまり写真クラブ");

		var leaderWeb = session();
		leaderWeb.logIn(leader.email(), TestAccounts.PASSWORD);
		var list = leaderWeb.get("/mypage/circles/" + circle + "/joins");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("試験 太郎").contains("/mypage/joins/" + requestId)
				.doesNotContain(resident.email());
		var leaderView = leaderWeb.get("/mypage/joins/" + requestId);
		assertThat(leaderView.statusCode()).isEqualTo(200);
		assertThat(leaderView.body()).contains("はじめまして").doesNotContain(resident.email());

		var reply = leaderWeb.submit("/mypage/joins/" + requestId, "/mypage/joins/" + requestId + "/reply",
				Map.of("message", "ようこそ。次は第2金曜に集まります。"));
		assertThat(reply.statusCode()).isEqualTo(302);
		String replyMail = Mails.awaitText(greenMail, resident.email(), 1);
		assertThat(replyMail).contains("ひだまり写真クラブ").contains("/mypage/joins/" + requestId);

		var accept = leaderWeb.submit("/mypage/joins/" + requestId, "/mypage/joins/" + requestId + "/accept", Map.of());
		assertThat(accept.statusCode()).isEqualTo(302);
		assertThat(data.roleOf(circle, resident.id())).contains(CircleRole.MEMBER);
		String accepted = Mails.awaitText(greenMail, resident.email(), 2);
		assertThat(accepted).contains("承認").contains("ひだまり写真クラブ");

		var seen = residentWeb.get("/mypage/joins/" + requestId).body();
		assertThat(seen).contains("承認済み").contains("ようこそ。次は第2金曜に集まります。").contains("ひだまり写真クラブ");
		assertThat(residentWeb.get("/mypage/joins").body()).contains("ひだまり写真クラブ").contains("承認済み");

		// Nothing the resident saw or was sent names the leader or gives their address or phone.
		var everything = new ArrayList<String>(Mails.awaitAll(greenMail, resident.email(), 2));
		everything.add(seen);
		everything.add(residentWeb.get("/circles/" + circle).body());
		everything.add(residentWeb.get("/mypage/joins").body());
		for (String text : everything) {
			assertThat(text).doesNotContain(leader.email()).doesNotContain(LEADER_PHONE).doesNotContain(LEADER_NAME)
					.doesNotContain(coLeader.email());
		}
		// The resident's reply reaches both managers.
		residentWeb.submit("/mypage/joins/" + requestId, "/mypage/joins/" + requestId + "/reply",
				Map.of("message", "ありがとうございます。伺います。"));
		assertThat(Mails.awaitText(greenMail, leader.email(), 2)).contains("新しいメッセージ");
		assertThat(Mails.awaitText(greenMail, coLeader.email(), 2)).contains("新しいメッセージ");
	}

	@Test
	void aSecondRequestWhileTheFirstIsOpenIsRefusedClearly() {
		var fresh = fixtures.fresh("二度押し確認の会");
		var resident = accounts.resident();
		var web = logIn(resident);
		ask(web, fresh.id(), "一度目です。");
		var again = web.get("/circles/" + fresh.id() + "/join");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("すでに入会希望を送っています").doesNotContain("name=\"message\"");
		assertThat(openRequests(fresh.id(), resident.id())).isEqualTo(1);
	}

	@Test
	void tenParallelRequestsMakeExactlyOne() throws Exception {
		var fresh = fixtures.fresh("同時送信確認の会");
		var resident = accounts.resident();
		var web = logIn(resident);
		String token = web.csrfFrom("/circles/" + fresh.id() + "/join");
		var start = new CountDownLatch(1);
		var statuses = Collections.synchronizedList(new ArrayList<Integer>());
		var pool = Executors.newFixedThreadPool(10);
		try {
			for (int i = 0; i < 10; i++) {
				pool.submit(() -> {
					start.await();
					statuses.add(web.post("/circles/" + fresh.id() + "/join",
							Map.of("message", "同時に送ります。", "_csrf", token)).statusCode());
					return null;
				});
			}
			start.countDown();
		}
		finally {
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(statuses).hasSize(10).containsOnly(200, 302);
		assertThat(statuses.stream().filter(s -> s == 302).count()).isEqualTo(1);
		assertThat(openRequests(fresh.id(), resident.id())).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from circle_join_message m join circle_join_request r on r.id = m.request_id "
				+ "where r.circle_id = ?").param(fresh.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void otherResidentsAndMembersGetNotFoundAndCannotPost() {
		var fresh = fixtures.fresh("覗き見確認の会");
		var resident = accounts.resident();
		long requestId = ask(logIn(resident), fresh.id(), "よろしくお願いします。");
		var member = accounts.resident();
		data.addMember(fresh.id(), member.id(), CircleRole.MEMBER);
		for (var outsider : List.of(accounts.resident(), member)) {
			var web = logIn(outsider);
			assertThat(web.get("/mypage/joins/" + requestId).statusCode()).isEqualTo(404);
			String token = web.csrfFrom("/mypage");
			for (String step : List.of("reply", "accept", "decline", "withdraw")) {
				var response = web.post("/mypage/joins/" + requestId + "/" + step,
						Map.of("message", "横から失礼します。", "_csrf", token));
				assertThat(response.statusCode()).as(step).isEqualTo(404);
			}
			assertThat(web.get("/mypage/circles/" + fresh.id() + "/joins").statusCode()).isEqualTo(404);
		}
		assertThat(messages(requestId)).isEqualTo(1);
		assertThat(status(requestId)).isEqualTo("PENDING");
	}

	@Test
	void theLeaderOfAnotherCircleCannotAccept() {
		var fresh = fixtures.fresh("よその代表確認の会");
		var other = fixtures.fresh("となりの会");
		var resident = accounts.resident();
		long requestId = ask(logIn(resident), fresh.id(), "入りたいです。");
		var otherLeader = session();
		otherLeader.logIn(other.leader().email(), other.leader().password());
		String token = otherLeader.csrfFrom("/mypage");
		assertThat(otherLeader.post("/mypage/joins/" + requestId + "/accept", Map.of("_csrf", token)).statusCode())
				.isEqualTo(404);
		assertThat(status(requestId)).isEqualTo("PENDING");
		assertThat(data.roleOf(fresh.id(), resident.id())).isEmpty();
	}

	@Test
	void aWithdrawnRequestTakesNoMessagesAndTheResidentMayAskAgain() {
		var fresh = fixtures.fresh("取り下げ確認の会");
		var resident = accounts.resident();
		var web = logIn(resident);
		long requestId = ask(web, fresh.id(), "やはり少し考えます。");
		assertThat(web.submit("/mypage/joins/" + requestId, "/mypage/joins/" + requestId + "/withdraw", Map.of())
				.statusCode()).isEqualTo(302);
		assertThat(status(requestId)).isEqualTo("WITHDRAWN");
		var withdrawn = web.get("/mypage/joins/" + requestId);
		assertThat(withdrawn.statusCode()).isEqualTo(200);
		var page = withdrawn.body();
		assertThat(page).contains("取り下げ").doesNotContain("name=\"message\"");
		String token = web.csrfFrom("/mypage");
		web.post("/mypage/joins/" + requestId + "/reply", Map.of("message", "もう一度。", "_csrf", token));
		assertThat(messages(requestId)).isEqualTo(1);
		// The leader cannot accept a withdrawn request.
		var leader = session();
		leader.logIn(fresh.leader().email(), fresh.leader().password());
		leader.post("/mypage/joins/" + requestId + "/accept", Map.of("_csrf", leader.csrfFrom("/mypage")));
		assertThat(status(requestId)).isEqualTo("WITHDRAWN");
		assertThat(data.roleOf(fresh.id(), resident.id())).isEmpty();
		ask(web, fresh.id(), "やっぱり入りたいです。");
		assertThat(openRequests(fresh.id(), resident.id())).isEqualTo(1);
	}

	@Test
	void aDeclinedRequestShowsTheNoteAndTheResidentIsMailed() throws Exception {
		var fresh = fixtures.fresh("お断り確認の会");
		var resident = accounts.resident();
		var web = logIn(resident);
		long requestId = ask(web, fresh.id(), "入れますか。");
		var leader = session();
		leader.logIn(fresh.leader().email(), fresh.leader().password());
		var declined = leader.submit("/mypage/joins/" + requestId, "/mypage/joins/" + requestId + "/decline",
				Map.of("note", "今は定員いっぱいです。来年度またどうぞ。"));
		assertThat(declined.statusCode()).isEqualTo(302);
		assertThat(status(requestId)).isEqualTo("DECLINED");
		assertThat(Mails.awaitText(greenMail, resident.email(), 1)).contains("お断り").contains("お断り確認の会")
				.doesNotContain(fresh.leader().email());
		var page = web.get("/mypage/joins/" + requestId).body();
		assertThat(page).contains("今は定員いっぱいです。来年度またどうぞ。").contains("お断り").doesNotContain("name=\"message\"");
		assertThat(data.roleOf(fresh.id(), resident.id())).isEmpty();
	}

	@Test
	void leadersCannotAskToJoinTheirOwnCircle() {
		var fresh = fixtures.fresh("自分の会確認");
		var web = session();
		web.logIn(fresh.leader().email(), fresh.leader().password());
		assertThat(web.get("/circles/" + fresh.id() + "/join").body()).contains("代表者・副代表者の団体には")
				.doesNotContain("name=\"message\"");
		String token = web.csrfFrom("/mypage");
		var response = web.post("/circles/" + fresh.id() + "/join", Map.of("message", "自分です。", "_csrf", token));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("代表者・副代表者の団体には");
		assertThat(openRequests(fresh.id(), fresh.leader().id())).isZero();
	}

	@Test
	void aCircleNotRecruitingTakesNoRequests() {
		var leader = accounts.resident();
		long circle = fixtures.registered("募集停止中の会", leader.id(), false);
		var resident = accounts.resident();
		var web = logIn(resident);
		assertThat(web.get("/circles/" + circle).body()).contains("現在会員を募集していません");
		String token = web.csrfFrom("/mypage");
		var response = web.post("/circles/" + circle + "/join", Map.of("message", "入れますか。", "_csrf", token));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("現在会員を募集していないため");
		assertThat(openRequests(circle, resident.id())).isZero();
	}

	@Test
	void theMessageIsRequiredAndLimited() {
		var fresh = fixtures.fresh("入力確認の会");
		var resident = accounts.resident();
		var web = logIn(resident);
		String form = "/circles/" + fresh.id() + "/join";
		var blank = web.submit(form, form, Map.of("message", "   "));
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).contains("field-error");
		var tooLong = web.submit(form, form, Map.of("message", "あ".repeat(2001)));
		assertThat(tooLong.body()).contains("2000文字以内");
		var control = web.submit(form, form, Map.of("message", "ベル\u0007です"));
		assertThat(control.body()).contains("使えない文字");
		assertThat(openRequests(fresh.id(), resident.id())).isZero();
	}

	@Test
	void joiningNeedsALogin() {
		var fresh = fixtures.fresh("ログイン確認の会");
		var web = session();
		assertThat(web.get("/circles/" + fresh.id()).statusCode()).isEqualTo(200);
		var form = web.get("/circles/" + fresh.id() + "/join");
		assertThat(form.statusCode()).isEqualTo(302);
		assertThat(form.headers().firstValue("Location").orElse("")).contains("/login");
		String token = web.csrfFrom("/login");
		var post = web.post("/circles/" + fresh.id() + "/join", Map.of("message", "こんにちは", "_csrf", token));
		assertThat(post.statusCode()).isEqualTo(302);
		assertThat(post.headers().firstValue("Location").orElse("")).contains("/login");
		assertThat(web.get("/mypage/joins").statusCode()).isEqualTo(302);
	}

	private WebSession logIn(TestAccounts.Created account) {
		var web = session();
		web.logIn(account.email(), account.password());
		return web;
	}

	private long ask(WebSession web, long circleId, String message) {
		String form = "/circles/" + circleId + "/join";
		HttpResponse<String> response = web.submit(form, form, Map.of("message", message));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		var matcher = THREAD.matcher(response.headers().firstValue("Location").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private Leader leaderWithContact() {
		String email = "leader-" + System.nanoTime() + "@test.manabi.example";
		long id = accountService.createVerified(email, TestAccounts.PASSWORD, new PersonalDetails(LEADER_NAME,
				"だいひょう はなこ", LEADER_PHONE, "ikebukuro", Residency.LIVES, 1970, "ja"), EnumSet.of(Role.RESIDENT));
		return new Leader(id, email);
	}

	private long openRequests(long circleId, long accountId) {
		return jdbc.sql("select count(*) from circle_join_request where circle_id = ? and account_id = ? and status = 'PENDING'")
				.params(circleId, accountId).query(Long.class).single();
	}

	private long messages(long requestId) {
		return jdbc.sql("select count(*) from circle_join_message where request_id = ?").param(requestId)
				.query(Long.class).single();
	}

	private String status(long requestId) {
		return jdbc.sql("select status from circle_join_request where id = ?").param(requestId).query(String.class)
				.single();
	}
}
