package jp.manabi.portal.account.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/**
 * Sessions in PostgreSQL, through the real login form: a person's list of sessions and "log out"
 * for one, the others, or everywhere; an administrator ending an account's sessions or disabling
 * it; the absolute lifetime; a changed or reset password and a deleted account ending sessions.
 */
class SessionsTest extends IntegrationTest {

	private static final Pattern END_FORM = Pattern.compile("action=\"/mypage/sessions/([0-9a-f]{32})/end\"");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void sessionsAreStoredInTheDatabaseIndexedByAccountId() {
		var resident = accounts.resident();
		var web = signedIn(resident);
		assertThat(jdbc.sql("select principal_name from spring_session where session_id = ?")
				.param(storedId(web)).query(String.class).single()).isEqualTo(Long.toString(resident.id()));
	}

	@Test
	void endingTheOtherSessionFromTheListSendsItToTheLoginPage() {
		var resident = accounts.resident();
		var phone = signedIn(resident);
		var computer = signedIn(resident);

		var page = computer.get("/mypage/sessions");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("このブラウザ").contains("127.0.0.1");
		List<String> others = handles(page.body());
		assertThat(others).hasSize(1);

		var ended = computer.submit("/mypage/sessions", "/mypage/sessions/" + others.get(0) + "/end", Map.of());
		assertThat(ended.headers().firstValue("Location")).get().asString().endsWith("/mypage/sessions");

		assertRedirectedToLogin(phone.get("/mypage"));
		assertThat(computer.get("/mypage").statusCode()).isEqualTo(200);
		assertThat(handles(computer.get("/mypage/sessions").body())).isEmpty();
	}

	@Test
	void logOutEverywhereEndsEverySessionIncludingThisOne() {
		var resident = accounts.resident();
		var one = signedIn(resident);
		var two = signedIn(resident);
		var three = signedIn(resident);

		var others = three.submit("/mypage/sessions", "/mypage/sessions/end-others", Map.of());
		assertThat(others.headers().firstValue("Location")).get().asString().endsWith("/mypage/sessions");
		assertRedirectedToLogin(one.get("/mypage"));
		assertRedirectedToLogin(two.get("/mypage"));
		assertThat(three.get("/mypage").statusCode()).isEqualTo(200);

		var four = signedIn(resident);
		var all = three.submit("/mypage/sessions", "/mypage/sessions/end-all", Map.of());
		assertThat(all.headers().firstValue("Location")).get().asString().endsWith("/");
		assertRedirectedToLogin(three.get("/mypage"));
		assertRedirectedToLogin(four.get("/mypage"));
		assertThat(sessionRows(resident.id())).isZero();
	}

	@Test
	void aResidentCannotEndAnotherResidentsSession() {
		var victim = accounts.resident();
		var victimWeb = signedIn(victim);
		var victimSecond = signedIn(victim);
		String victimHandle = handles(victimSecond.get("/mypage/sessions").body()).get(0);

		var attacker = signedIn(accounts.resident());
		var real = attacker.submit("/mypage/sessions", "/mypage/sessions/" + victimHandle + "/end", Map.of());
		assertThat(real.statusCode()).isEqualTo(404);
		var madeUp = attacker.submit("/mypage/sessions", "/mypage/sessions/ffffffffffffffffffffffffffffffff/end",
				Map.of());
		assertThat(madeUp.statusCode()).isEqualTo(404);

		assertThat(victimWeb.get("/mypage").statusCode()).isEqualTo(200);
		assertThat(sessionRows(victim.id())).isEqualTo(2);
	}

	@Test
	void anAdministratorSeesAndEndsAnAccountsSessionsAudited() {
		var resident = accounts.resident();
		var one = signedIn(resident);
		var two = signedIn(resident);
		var admin = signedIn(accounts.admin());

		var page = admin.get("/admin/accounts/" + resident.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"session-count\">2<");

		var ended = admin.submit("/admin/accounts/" + resident.id(), "/admin/accounts/" + resident.id() + "/sessions/end",
				Map.of());
		assertThat(ended.headers().firstValue("Location")).get().asString()
				.endsWith("/admin/accounts/" + resident.id());
		assertThat(sessionRows(resident.id())).isZero();
		assertRedirectedToLogin(one.get("/mypage"));
		assertRedirectedToLogin(two.get("/mypage"));
		assertThat(admin.get("/admin/accounts/" + resident.id()).body()).contains("id=\"session-count\">0<");
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'account' and subject_id = ? "
				+ "and action = 'ADMIN' and detail like 'sessions ended%'").param(Long.toString(resident.id()))
				.query(Integer.class).single()).isEqualTo(1);

		// Residents are not listed: the page opens by address.
		var found = admin.get("/admin/accounts/find?email=" + resident.email());
		assertThat(found.headers().firstValue("Location")).get().asString()
				.endsWith("/admin/accounts/" + resident.id());
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() {
		var resident = accounts.resident();
		var web = signedIn(resident);
		var admin = signedIn(accounts.admin());

		admin.submit("/admin/accounts/" + resident.id(), "/admin/accounts/" + resident.id() + "/disable", Map.of());
		// Gone from the store when the action returns, not only on the person's next request.
		assertThat(sessionRows(resident.id())).isZero();
		assertThat(jdbc.sql("select enabled from account where id = ?").param(resident.id()).query(Boolean.class)
				.single()).isFalse();
		assertRedirectedToLogin(web.get("/mypage"));
		assertThat(session().logIn(resident.email(), resident.password()).headers().firstValue("Location")).get()
				.asString().endsWith("/login");

		admin.submit("/admin/accounts/" + resident.id(), "/admin/accounts/" + resident.id() + "/enable", Map.of());
		assertThat(session().logIn(resident.email(), resident.password()).headers().firstValue("Location")).get()
				.asString().endsWith("/mypage");
	}

	@Test
	void aSessionOlderThanTheAbsoluteLifetimeEndsWhateverItsActivity() {
		var resident = accounts.resident();
		var web = signedIn(resident);
		var fresh = signedIn(resident);
		assertThat(web.get("/mypage").statusCode()).isEqualTo(200);

		// Began 12 hours and a minute ago, active just now.
		jdbc.sql("update spring_session set creation_time = creation_time - ? where session_id = ?")
				.params((12 * 60 + 1) * 60_000L, storedId(web)).update();
		var response = web.get("/mypage");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?sessionExpired");
		assertThat(web.get("/login?sessionExpired").body()).contains("ログインが終了しました");
		assertRedirectedToLogin(web.get("/mypage"));
		assertThat(fresh.get("/mypage").statusCode()).isEqualTo(200);
	}

	@Test
	void changingThePasswordEndsTheOtherSessions() {
		var resident = accounts.resident();
		var other = signedIn(resident);
		var web = signedIn(resident);
		String newPassword = "walnut bread on sunday 77";
		var changed = web.submit("/mypage/password", "/mypage/password", Map.of("currentPassword", resident.password(),
				"newPassword", newPassword, "newPasswordConfirmation", newPassword));
		assertThat(changed.headers().firstValue("Location")).get().asString().endsWith("/mypage");
		assertRedirectedToLogin(other.get("/mypage"));
		assertThat(web.get("/mypage").statusCode()).isEqualTo(200);
	}

	@Test
	void resettingThePasswordEndsEverySession() throws Exception {
		var resident = accounts.resident();
		var signedIn = signedIn(resident);
		var web = session();
		web.submit("/password/forgot", "/password/forgot", Map.of("email", resident.email()));
		var uri = URI.create(Mails.linkIn(Mails.awaitText(greenMail, resident.email(), 1), "/password/reset?token="));
		String link = uri.getRawPath() + "?" + uri.getRawQuery();
		String token = link.substring(link.indexOf("token=") + 6);
		String newPassword = "green tea in the evening 5";
		var done = web.submit(link, "/password/reset",
				Map.of("token", token, "newPassword", newPassword, "newPasswordConfirmation", newPassword));
		assertThat(done.headers().firstValue("Location")).get().asString().endsWith("/login?reset");
		assertRedirectedToLogin(signedIn.get("/mypage"));
	}

	@Test
	void deletingTheAccountEndsEverySession() {
		var resident = accounts.resident();
		var other = signedIn(resident);
		var web = signedIn(resident);
		var deleted = web.submit("/mypage/delete", "/mypage/delete", Map.of("password", resident.password(), "understood", "true"));
		assertThat(deleted.headers().firstValue("Location")).get().asString().endsWith("/");
		assertThat(sessionRows(resident.id())).isZero();
		assertRedirectedToLogin(other.get("/mypage"));
	}

	private WebSession signedIn(TestAccounts.Created person) {
		var web = session();
		var response = web.logIn(person.email(), person.password());
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/mypage");
		return web;
	}

	private int sessionRows(long accountId) {
		return jdbc.sql("select count(*) from spring_session where principal_name = ?")
				.param(Long.toString(accountId)).query(Integer.class).single();
	}

	/** The session id as stored: Spring Session writes it Base64-encoded into the cookie. */
	private static String storedId(WebSession web) {
		return new String(Base64.getDecoder().decode(web.sessionId()), StandardCharsets.US_ASCII);
	}

	private static List<String> handles(String page) {
		var matcher = END_FORM.matcher(page);
		var found = new ArrayList<String>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static void assertRedirectedToLogin(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().contains("/login");
	}
}
