package jp.manabi.portal.circle.web;

import static jp.manabi.portal.circle.CircleTestSupport.idFrom;
import static jp.manabi.portal.circle.CircleTestSupport.jpeg;
import static jp.manabi.portal.circle.CircleTestSupport.postMultipart;
import static jp.manabi.portal.circle.CircleTestSupport.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.circle.domain.CircleMember;
import jp.manabi.portal.circle.domain.CircleMemberRepository;
import jp.manabi.portal.circle.domain.CircleRole;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/** Registering a circle on マイページ, the manage page, and who may reach it. */
class CircleRegistrationWebTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CircleMemberRepository members;

	private WebSession loggedIn(TestAccounts.Created account) {
		var session = session();
		session.logIn(account.email(), account.password());
		return session;
	}

	private long register(WebSession session, String name) {
		var response = postMultipart(session, url(""), "/mypage/circles/new", "/mypage/circles/new", validForm(name),
				null, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return idFrom(response);
	}

	@Test
	void aResidentRegistersACircleAndBecomesItsLeader() throws Exception {
		var leader = accounts.resident();
		var session = loggedIn(leader);
		long id = register(session, "水彩の会" + System.nanoTime());

		assertThat(jdbc.sql("select status from circle where id = ?").param(id).query(String.class).single())
				.isEqualTo("PENDING");
		assertThat(members.findByCircleIdAndAccountId(id, leader.id()).orElseThrow().getRole())
				.isEqualTo(CircleRole.LEADER);
		assertThat(jdbc.sql("select count(*) from circle_schedule_rule where circle_id = ?").param(id)
				.query(Integer.class).single()).isEqualTo(2);
		var page = session.get("/mypage/circles/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("毎週水曜日 10:00～12:00").contains("第2・第4火曜日 19:00～21:00")
				.contains("審査中");
		assertThat(session.get("/mypage/circles").body()).contains("/mypage/circles/" + id);
		assertThat(Mails.awaitText(greenMail, leader.email(), 1)).contains("受け付けました");
	}

	@Test
	void mistakesAreShownBesideTheirFieldsAndWhatWasTypedStays() {
		var session = loggedIn(accounts.resident());
		var form = validForm("");
		form.put("description", "残っているはずの説明");
		form.put("schedule[0].endsAt", "09:00");
		form.remove("schedule[1].weeks");
		form.remove("schedule[1].weeks#2");
		form.put("memberCount", "abc");
		var response = postMultipart(session, url(""), "/mypage/circles/new", "/mypage/circles/new", form, null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"name-error\"").contains("id=\"schedule[0].endsAt-error\"")
				.contains("id=\"schedule[1].weeks-error\"").contains("id=\"memberCount-error\"")
				.contains("終了時刻は開始時刻より後にしてください。").contains("残っているはずの説明")
				.contains("区民センター 第2会議室");
	}

	@Test
	void anEmptyScheduleIsRefused() {
		var session = loggedIn(accounts.resident());
		var form = validForm("日程なし" + System.nanoTime());
		form.keySet().removeIf(k -> k.startsWith("schedule["));
		var response = postMultipart(session, url(""), "/mypage/circles/new", "/mypage/circles/new", form, null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"schedule-error\"").contains("定例の活動日時を1つ以上入力してください。");
	}

	@Test
	void aRealJpegIsAcceptedReencodedAndServedOnlyToWhoMaySeeIt() {
		var leader = accounts.resident();
		var session = loggedIn(leader);
		byte[] upload = jpeg();
		var response = postMultipart(session, url(""), "/mypage/circles/new", "/mypage/circles/new",
				validForm("写真の会" + System.nanoTime()), "photo.jpg", upload);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		long id = idFrom(response);
		long imageId = jdbc.sql("select image_id from circle where id = ?").param(id).query(Long.class).single();
		byte[] stored = jdbc.sql("select content from circle_image where id = ?").param(imageId).query(byte[].class)
				.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("<script>");

		var image = session.get("/circles/images/" + imageId);
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(image.headers().firstValue("Content-Disposition").orElseThrow())
				.isEqualTo("inline; filename=\"circle-" + id + ".jpg\"");
		// Not registered yet: nobody else sees it.
		assertThat(session().get("/circles/images/" + imageId).statusCode()).isEqualTo(404);
		assertThat(loggedIn(accounts.resident()).get("/circles/images/" + imageId).statusCode()).isEqualTo(404);
		assertThat(loggedIn(accounts.staff()).get("/circles/images/" + imageId).statusCode()).isEqualTo(200);
	}

	@Test
	void anHtmlFileNamedJpgIsRefusedBesideTheField() {
		var session = loggedIn(accounts.resident());
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
				.getBytes(StandardCharsets.UTF_8);
		var response = postMultipart(session, url(""), "/mypage/circles/new", "/mypage/circles/new",
				validForm("偽画像" + System.nanoTime()), "photo.jpg", html);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"image-error\"").contains("JPEGまたはPNGの画像を選んでください")
				.contains("画像をもう一度選んでください");
	}

	@Test
	void anSvgFileNamedJpgIsRefusedBesideTheField() {
		var session = loggedIn(accounts.resident());
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"1\" height=\"1\"/></svg>"
				.getBytes(StandardCharsets.UTF_8);
		var response = postMultipart(session, url(""), "/mypage/circles/new", "/mypage/circles/new",
				validForm("偽SVG" + System.nanoTime()), "photo.jpg", svg);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"image-error\"").contains("JPEGまたはPNGの画像を選んでください");
	}

	@Test
	void anotherResidentCannotOpenEditOrActOnACircle() {
		var owner = loggedIn(accounts.resident());
		long id = register(owner, "他人の会" + System.nanoTime());
		long mine = register(loggedIn(accounts.resident()), "自分の会" + System.nanoTime());

		var other = session();
		var otherAccount = jdbc.sql("select account_id from circle_member where circle_id = ?").param(mine)
				.query(Long.class).single();
		assertThat(otherAccount).isNotNull();
		var intruder = accounts.resident();
		other.logIn(intruder.email(), intruder.password());
		assertThat(other.get("/mypage/circles/" + id).statusCode()).isEqualTo(404);

		// The intruder's own form with the circle id changed to someone else's.
		long own = register(other, "侵入者の会" + System.nanoTime());
		var form = validForm("乗っ取り");
		form.put("version", "0");
		var edit = postMultipart(other, url(""), "/mypage/circles/" + own, "/mypage/circles/" + id + "/edit", form,
				null, null);
		assertThat(edit.statusCode()).isEqualTo(404);
		for (String action : new String[] { "/renew", "/handover", "/coleaders", "/suspend", "/dissolve" }) {
			var response = other.submit("/mypage/circles/" + own, "/mypage/circles/" + id + action,
					Map.of("memberId", String.valueOf(intruder.id()), "note", "x", "confirm", "true"));
			assertThat(response.statusCode()).as(action).isEqualTo(404);
		}
		assertThat(jdbc.sql("select name from circle where id = ?").param(id).query(String.class).single())
				.doesNotContain("乗っ取り");
		assertThat(jdbc.sql("select status from circle where id = ?").param(id).query(String.class).single())
				.isEqualTo("PENDING");
	}

	@Test
	void aCoLeaderCanEditButOnlyTheLeaderHandsOver() throws Exception {
		var leader = accounts.resident();
		var leaderSession = loggedIn(leader);
		long id = register(leaderSession, "共同の会" + System.nanoTime());
		var coLeader = accounts.resident();
		var member = accounts.resident();
		members.save(new CircleMember(id, coLeader.id(), CircleRole.MEMBER));
		members.save(new CircleMember(id, member.id(), CircleRole.MEMBER));

		var added = leaderSession.submit("/mypage/circles/" + id, "/mypage/circles/" + id + "/coleaders",
				Map.of("memberId", String.valueOf(coLeader.id())));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(members.findByCircleIdAndAccountId(id, coLeader.id()).orElseThrow().getRole())
				.isEqualTo(CircleRole.CO_LEADER);

		var coSession = loggedIn(coLeader);
		assertThat(coSession.get("/mypage/circles/" + id).statusCode()).isEqualTo(200);
		var form = validForm("共同の会（改）" + System.nanoTime());
		form.put("version", String.valueOf(
				jdbc.sql("select version from circle where id = ?").param(id).query(Long.class).single()));
		var edited = postMultipart(coSession, url(""), "/mypage/circles/" + id, "/mypage/circles/" + id + "/edit", form,
				null, null);
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(302);
		assertThat(jdbc.sql("select name from circle where id = ?").param(id).query(String.class).single())
				.startsWith("共同の会（改）");

		// A co-leader may not hand over, and the member page is closed to plain members.
		var refused = coSession.submit("/mypage/circles/" + id, "/mypage/circles/" + id + "/handover",
				Map.of("memberId", String.valueOf(member.id()), "confirm", "true"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(members.findByCircleIdAndAccountId(id, leader.id()).orElseThrow().getRole())
				.isEqualTo(CircleRole.LEADER);
		assertThat(loggedIn(member).get("/mypage/circles/" + id).statusCode()).isEqualTo(404);

		// Without the confirmation nothing happens; with it the member leads and the old leader co-leads.
		leaderSession.submit("/mypage/circles/" + id, "/mypage/circles/" + id + "/handover",
				Map.of("memberId", String.valueOf(member.id())));
		assertThat(members.findByCircleIdAndAccountId(id, leader.id()).orElseThrow().getRole())
				.isEqualTo(CircleRole.LEADER);
		leaderSession.submit("/mypage/circles/" + id, "/mypage/circles/" + id + "/handover",
				Map.of("memberId", String.valueOf(member.id()), "confirm", "true"));
		assertThat(members.findByCircleIdAndAccountId(id, member.id()).orElseThrow().getRole())
				.isEqualTo(CircleRole.LEADER);
		assertThat(members.findByCircleIdAndAccountId(id, leader.id()).orElseThrow().getRole())
				.isEqualTo(CircleRole.CO_LEADER);
		assertThat(Mails.awaitText(greenMail, member.email(), 1)).contains("代表者を引き継ぎました");
	}

	@Test
	void nonStaffGet403OnTheReviewPages() {
		var session = loggedIn(accounts.resident());
		assertThat(session.get("/admin/circles").statusCode()).isEqualTo(403);
		assertThat(session.get("/admin/circles/1").statusCode()).isEqualTo(403);
	}
}
