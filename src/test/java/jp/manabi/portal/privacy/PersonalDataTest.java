package jp.manabi.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.circle.CircleFixtures;
import jp.manabi.portal.circle.domain.JoinRequestService;
import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/** Residents' data download and account deletion (開示・削除請求), one test per rule. */
class PersonalDataTest extends IntegrationTest {

	@Autowired
	PrivacyFixtures fixtures;

	@Autowired
	CircleFixtures circles;

	@Autowired
	CourseApplicationService applications;

	@Autowired
	JoinRequestService joins;

	@Autowired
	JdbcClient jdbc;

	private WebSession loggedIn(TestAccounts.Created who) {
		var web = session();
		web.logIn(who.email(), who.password());
		return web;
	}

	@Test
	void theDownloadHoldsMyRowsAndNoneOfAnothers() {
		var a = accounts.resident();
		var b = accounts.resident();
		long course = fixtures.course(10);
		applications.applyFirstCome(course, a.id());
		applications.applyFirstCome(course, b.id());
		var circle = circles.fresh("開示試験サークル " + System.nanoTime());
		joins.ask(circle.id(), a.id(), "Aからの参加希望メッセージ");
		joins.ask(circle.id(), b.id(), "Bからの参加希望メッセージ");

		var web = loggedIn(a);
		var page = web.get("/mypage/data");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(a.email(), "Aからの参加希望メッセージ", "個人情報試験講座")
				.doesNotContain(b.email(), "Bからの参加希望メッセージ");

		var json = web.get("/mypage/data.json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
				.contains(".json");
		assertThat(json.headers().firstValue("Content-Type").orElse("")).contains("application/json");
		assertThat(json.body()).contains("\"sections\"", "\"courses\"", "\"circles\"", a.email(),
				"Aからの参加希望メッセージ").doesNotContain(b.email(), "Bからの参加希望メッセージ");
	}

	@Test
	void theDownloadNeedsALogin() {
		var response = session().get("/mypage/data.json");
		assertThat(response.statusCode()).isIn(302, 401, 403);
		assertThat(response.body()).doesNotContain("\"sections\"");
	}

	@Test
	void deletingErasesTheAccountCancelsWhatIsToComeAndErasesWhatThePersonWrote() {
		var a = accounts.resident();
		var waiting = accounts.resident();
		long course = fixtures.course(1);
		long applicationOfA = applications.applyFirstCome(course, a.id()).applicationId();
		long applicationOfWaiting = applications.applyFirstCome(course, waiting.id()).applicationId();
		var circle = circles.fresh("退会試験サークル " + System.nanoTime());
		joins.ask(circle.id(), a.id(), "消えるべきメッセージ");

		var web = loggedIn(a);
		var done = web.submit("/mypage/delete", "/mypage/delete",
				Map.of("password", a.password(), "understood", "true"));
		assertThat(done.statusCode()).isEqualTo(302);

		var row = jdbc.sql("select email, display_name, furigana, phone, birth_year, enabled from account where id = ?")
				.param(a.id()).query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getObject(5), rs.getBoolean(6) })
				.single();
		assertThat(row).containsExactly("deleted-" + a.id() + "@invalid", "退会者", "", null, null, false);
		assertThat(jdbc.sql("select count(*) from account_role where account_id = ?").param(a.id()).query(Long.class)
				.single()).isZero();
		assertThat(jdbc.sql("select by_self from account_deletion where account_id = ?").param(a.id())
				.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where subject_type = 'account' and subject_id = ? and action = 'ADMIN'
				  and actor_name is null and remote_address is not null""")
				.param(String.valueOf(a.id())).query(Long.class).single()).isEqualTo(1);

		// This session has ended, and the old password opens nothing.
		assertThat(web.get("/mypage").statusCode()).isEqualTo(302);
		assertThat(session().logIn(a.email(), a.password()).headers().firstValue("Location").orElse(""))
				.contains("/login");

		// The modules follow after the commit: the place goes to the next in line, the text is erased.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(status(applicationOfA)).isEqualTo("CANCELLED");
			assertThat(status(applicationOfWaiting)).isEqualTo("CONFIRMED");
			assertThat(jdbc.sql("select body from circle_join_message where author_id = ?").param(a.id())
					.query(String.class).list()).containsOnly("（退会により削除）");
			assertThat(jdbc.sql("select status from circle_join_request where account_id = ?").param(a.id())
					.query(String.class).list()).containsOnly("WITHDRAWN");
		});
	}

	@Test
	void aWrongPasswordDeletesNothing() {
		var a = accounts.resident();
		var response = loggedIn(a).submit("/mypage/delete", "/mypage/delete",
				Map.of("password", "not the password at all", "understood", "true"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select email from account where id = ?").param(a.id()).query(String.class).single())
				.isEqualTo(a.email());
	}

	@Test
	void theOnlyLeaderOfACircleIsAskedToHandOverFirst() {
		var circle = circles.fresh("代表者試験サークル " + System.nanoTime());
		var web = loggedIn(circle.leader());
		assertThat(web.get("/mypage/delete").body()).contains("deletion-refused", "代表者試験サークル");
		var response = web.submit("/mypage/delete", "/mypage/delete",
				Map.of("password", circle.leader().password(), "understood", "true"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("代表者試験サークル", "引き継ぐ");
		assertThat(jdbc.sql("select email from account where id = ?").param(circle.leader().id()).query(String.class)
				.single()).isEqualTo(circle.leader().email());
		assertThat(jdbc.sql("select count(*) from account_deletion where account_id = ?").param(circle.leader().id())
				.query(Long.class).single()).isZero();
	}

	@Test
	void anAdministratorDeletesAnAccountOnRequest() {
		var resident = accounts.resident();
		var admin = accounts.admin();
		var response = loggedIn(admin).submit("/admin/accounts", "/admin/accounts/delete",
				Map.of("email", resident.email()));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select email from account where id = ?").param(resident.id()).query(String.class)
				.single()).isEqualTo("deleted-" + resident.id() + "@invalid");
		assertThat(jdbc.sql("select deleted_by from account_deletion where account_id = ? and not by_self")
				.param(resident.id()).query(Long.class).single()).isEqualTo(admin.id());
	}

	private String status(long applicationId) {
		return jdbc.sql("select status from course_application where id = ?").param(applicationId)
				.query(String.class).single();
	}

	static LocalDate today() {
		return LocalDate.now();
	}
}
