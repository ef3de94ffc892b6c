package jp.manabi.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.PersonalDetails;
import jp.manabi.portal.account.domain.TwoFactorService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.TwoFactorCodes;
import jp.manabi.portal.support.WebSession;

/**
 * Two-factor login end to end over HTTP: staff must enrol before anything else, codes are
 * single-use and throttled, recovery codes work once, residents may turn it on and off, an
 * administrator's reset is audited, and sign-ins are in the audit log.
 */
class TwoFactorLoginTest extends IntegrationTest {

	private static final Pattern SECRET = Pattern.compile("id=\"two-factor-secret\"[^>]*>([^<]+)<");
	private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

	@Autowired
	private AccountService accountService;

	@Autowired
	private TwoFactorService twoFactor;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void staffWithoutASecondFactorMustEnrolBeforeReachingAnythingElse() {
		var staff = unenrolled(EnumSet.of(Role.STAFF));
		var web = session();
		assertThat(location(web.logInWithPasswordOnly(staff.email(), staff.password()))).endsWith("/login/two-factor/enrol");

		// Not signed in yet: every other page asks for a login, the code page sends back to enrolment.
		for (String page : List.of("/mypage", "/admin", "/mypage/security", "/mypage/security/enrol")) {
			var response = web.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(location(response)).as(page).endsWith("/login");
		}
		assertThat(location(web.get("/login/two-factor"))).endsWith("/login/two-factor/enrol");

		var enrolPage = web.get("/login/two-factor/enrol");
		assertThat(enrolPage.statusCode()).isEqualTo(200);
		assertThat(enrolPage.body()).contains("data:image/svg+xml;base64,");
		assertThat(enrolPage.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		String secret = secretOn(enrolPage);

		var wrong = web.submit("/login/two-factor/enrol", "/login/two-factor/enrol", Map.of("code", "12345"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("確認コードが正しくありません");
		assertThat(web.get("/admin").statusCode()).isEqualTo(302);

		TwoFactorCodes.remember(staff.email(), secret);
		var enrolled = web.submit("/login/two-factor/enrol", "/login/two-factor/enrol",
				Map.of("code", TwoFactorCodes.next(staff.email())));
		assertThat(location(enrolled)).endsWith("/mypage/security/recovery-codes");
		assertThat(recoveryCodesOn(web.get("/mypage/security/recovery-codes"))).hasSize(10).doesNotHaveDuplicates();
		assertThat(location(web.get("/mypage/security/recovery-codes"))).as("shown once").endsWith("/mypage/security");
		assertThat(web.get("/admin").statusCode()).isEqualTo(200);
		assertThat(auditDetails(staff.id())).contains("PASSWORD_ACCEPTED", "SECOND_FACTOR_REFUSED", "SIGNED_IN");
		assertThat(twoFactorAudit(staff.id())).containsExactly("LOGIN ENABLED by " + staff.id());

		// Staff cannot turn it off again.
		var off = web.submit("/mypage/security", "/mypage/security/disable", Map.of("confirmation", staff.password()));
		assertThat(location(off)).endsWith("/mypage/security");
		assertThat(twoFactor.isEnabled(staff.id())).isTrue();
	}

	@Test
	void afterTheSecondFactorTheSessionIdChangesAndTheAskedForPageFollows() {
		var staff = accounts.staff();
		var web = session();
		assertThat(location(web.get("/admin/courses"))).endsWith("/login");
		assertThat(location(web.logInWithPasswordOnly(staff.email(), staff.password()))).endsWith("/login/two-factor");
		String halfway = web.sessionId();
		assertThat(web.get("/admin/courses").statusCode()).as("not signed in halfway").isEqualTo(302);
		var codePage = web.get("/login/two-factor");
		assertThat(codePage.statusCode()).isEqualTo(200);
		assertThat(codePage.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

		var signedIn = web.submit("/login/two-factor", "/login/two-factor", Map.of("code", TwoFactorCodes.next(staff.email())));
		assertThat(location(signedIn)).contains("/admin/courses");
		assertThat(web.sessionId()).isNotNull().isNotEqualTo(halfway);
		assertThat(web.get("/admin/courses").statusCode()).isEqualTo(200);
	}

	@Test
	void aCodeIsGoodOnceWrongCodesAreThrottledAndAudited() {
		var staff = accounts.staff();
		var first = session();
		first.logInWithPasswordOnly(staff.email(), staff.password());
		String code = TwoFactorCodes.next(staff.email());
		assertThat(location(first.submit("/login/two-factor", "/login/two-factor", Map.of("code", code))))
				.endsWith("/mypage");

		// Someone who saw the code over the shoulder, a moment later: refused.
		var second = session();
		second.logInWithPasswordOnly(staff.email(), staff.password());
		var replay = second.submit("/login/two-factor", "/login/two-factor", Map.of("code", code));
		assertThat(replay.statusCode()).isEqualTo(200);
		assertThat(replay.body()).contains("確認コードが正しくありません");

		// Two more wrong codes (three failures: the throttle's slow-down), then even a right one waits.
		second.submit("/login/two-factor", "/login/two-factor", Map.of("code", other(code)));
		var slowed = second.submit("/login/two-factor", "/login/two-factor", Map.of("code", "abcdef"));
		assertThat(slowed.body()).contains("秒");
		var right = second.submit("/login/two-factor", "/login/two-factor",
				Map.of("code", TwoFactorCodes.next(staff.email())));
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(second.get("/mypage").statusCode()).isEqualTo(302);
		assertThat(auditDetails(staff.id())).containsSubsequence("SECOND_FACTOR_REFUSED", "SECOND_FACTOR_REFUSED",
				"SECOND_FACTOR_REFUSED", "THROTTLED");
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = ? and remote_address is null")
				.param(String.valueOf(staff.id())).query(Integer.class).single()).as("every entry has the address")
				.isZero();
		jdbc.sql("delete from login_throttle where throttle_key like ?").param("account:" + staff.email()).update();
	}

	@Test
	void aResidentTurnsItOnThenNeedsItAndARecoveryCodeWorksOnce() throws Exception {
		var resident = accounts.resident();
		var web = session();
		assertThat(location(web.logIn(resident.email(), resident.password()))).endsWith("/mypage");
		assertThat(web.get("/mypage/security").body()).contains("2段階認証はオフです");

		var codes = enrolOnMyPage(web, resident);
		assertThat(codes).hasSize(10);
		assertThat(web.get("/mypage/security").body()).contains("残り 10 個");
		assertThat(jdbc.sql("select code_hash from account_recovery_code where account_id = ?").param(resident.id())
				.query(String.class).list()).hasSize(10).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}")
						.doesNotContain(codes.get(0)));
		web.post("/logout", Map.of("_csrf", web.csrfFrom("/mypage")));

		// Now the password alone is not enough.
		var next = session();
		assertThat(location(next.logInWithPasswordOnly(resident.email(), resident.password())))
				.endsWith("/login/two-factor");
		assertThat(next.get("/mypage").statusCode()).isEqualTo(302);
		var withRecovery = next.submit("/login/two-factor", "/login/two-factor",
				Map.of("code", codes.get(3).toUpperCase()));
		assertThat(location(withRecovery)).endsWith("/mypage/security");
		assertThat(next.get("/mypage/security").body()).contains("残り 9 個");
		next.post("/logout", Map.of("_csrf", next.csrfFrom("/mypage")));

		var again = session();
		again.logInWithPasswordOnly(resident.email(), resident.password());
		var reused = again.submit("/login/two-factor", "/login/two-factor", Map.of("code", codes.get(3)));
		assertThat(reused.body()).contains("確認コードが正しくありません");
		assertThat(location(again.logIn(resident.email(), resident.password()))).endsWith("/mypage");

		// Turning it off needs the password (or a code): a wrong one changes nothing.
		again.submit("/mypage/security", "/mypage/security/disable", Map.of("confirmation", "not my password"));
		assertThat(twoFactor.isEnabled(resident.id())).isTrue();
		var off = again.submit("/mypage/security", "/mypage/security/disable", Map.of("confirmation", resident.password()));
		assertThat(location(off)).endsWith("/mypage/security");
		assertThat(twoFactor.isEnabled(resident.id())).isFalse();
		assertThat(twoFactorAudit(resident.id())).containsExactly("LOGIN ENABLED by " + resident.id(),
				"LOGIN DISABLED by " + resident.id());
		assertThat(location(session().logInWithPasswordOnly(resident.email(), resident.password()))).endsWith("/mypage");

		// Each change is mailed to the holder, with a way to check (ASVS 2.2.3).
		var mails = Mails.awaitAll(greenMail, resident.email(), 2);
		assertThat(mails).anySatisfy(text -> assertThat(text).contains("2段階認証を設定しました", "/mypage/security"));
		assertThat(mails).anySatisfy(text -> assertThat(text).contains("2段階認証を解除しました", "お心当たりのない場合"));
	}

	@Test
	void renewingRecoveryCodesNeedsTheCodeOrPasswordAndVoidsTheOldOnes() {
		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), resident.password());
		var old = enrolOnMyPage(web, resident);
		web.submit("/mypage/security", "/mypage/security/recovery-codes", Map.of("confirmation", "wrong"));
		assertThat(twoFactor.recoveryCodesLeft(resident.id())).isEqualTo(10);
		var renewed = web.submit("/mypage/security", "/mypage/security/recovery-codes",
				Map.of("confirmation", TwoFactorCodes.next(resident.email())));
		assertThat(location(renewed)).endsWith("/mypage/security/recovery-codes");
		var fresh = recoveryCodesOn(web.get("/mypage/security/recovery-codes"));
		assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
		assertThat(twoFactor.verify(resident.id(), old.get(0))).isEqualTo(TwoFactorService.Check.REFUSED);
		assertThat(twoFactor.verify(resident.id(), fresh.get(0))).isEqualTo(TwoFactorService.Check.RECOVERY_CODE_ACCEPTED);
	}

	@Test
	void anAdministratorResetsTwoFactorAuditedAndTheStaffMemberEnrolsAgain() throws Exception {
		var admin = accounts.admin();
		var staff = accounts.staff();
		var staffWeb = session();
		staffWeb.logIn(staff.email(), staff.password());
		assertThat(staffWeb.get("/admin").statusCode()).isEqualTo(200);

		// Staff may not; administrators may.
		var refused = staffWeb.post("/admin/accounts/" + admin.id() + "/two-factor-reset",
				Map.of("_csrf", staffWeb.csrfFrom("/mypage")));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(twoFactor.isEnabled(admin.id())).isTrue();

		var adminWeb = session();
		adminWeb.logIn(admin.email(), admin.password());
		String accountPage = "/admin/accounts/" + staff.id();
		assertThat(adminWeb.get(accountPage).body()).contains("設定あり");
		var reset = adminWeb.submit(accountPage, accountPage + "/two-factor-reset", Map.of());
		assertThat(location(reset)).endsWith(accountPage);
		assertThat(adminWeb.get(accountPage).body()).contains("2段階認証をリセットしました", "設定なし");
		assertThat(twoFactor.isEnabled(staff.id())).isFalse();
		assertThat(twoFactorAudit(staff.id())).containsExactly("ADMIN RESET_BY_ADMINISTRATOR by " + admin.id());
		assertThat(Mails.awaitText(greenMail, staff.email(), 1)).contains("管理者があなたの2段階認証をリセットしました");

		// The staff member's session ends; the next login asks them to enrol again.
		assertThat(location(staffWeb.get("/admin"))).endsWith("/login");
		assertThat(location(session().logInWithPasswordOnly(staff.email(), staff.password())))
				.endsWith("/login/two-factor/enrol");
	}

	@Test
	void signInsFailuresAndSignOutsAreAudited() {
		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), "a wrong password 12345");
		web.logIn(resident.email(), resident.password());
		web.post("/logout", Map.of("_csrf", web.csrfFrom("/mypage")));
		assertThat(auditDetails(resident.id())).containsExactly("PASSWORD_REFUSED", "SIGNED_IN", "SIGNED_OUT");
		record Entry(Long actorAccountId, String remoteAddress, String detail) {
		}
		var entries = jdbc.sql("""
				select actor_account_id, remote_address, detail from audit_entry
				where action = 'LOGIN' and subject_type = 'account' and subject_id = ? order by id""")
				.param(String.valueOf(resident.id())).query(Entry.class).list();
		assertThat(entries.get(0).actorAccountId()).as("a refused attempt: who tried is unknown").isNull();
		assertThat(entries.get(1).actorAccountId()).isEqualTo(resident.id());
		assertThat(entries).allSatisfy(entry -> assertThat(entry.remoteAddress()).isNotBlank());
		assertThat(jdbc.sql("select count(*) from audit_entry where detail like '%wrong password%'")
				.query(Integer.class).single()).as("never what was typed").isZero();
	}

	@Test
	void theSettingsPagesShowOnlyTheSignedInPersonsOwnState() {
		var withTwoFactor = accounts.resident();
		var web = session();
		web.logIn(withTwoFactor.email(), withTwoFactor.password());
		enrolOnMyPage(web, withTwoFactor);

		var other = accounts.resident();
		var otherWeb = session();
		otherWeb.logIn(other.email(), other.password());
		assertThat(otherWeb.get("/mypage/security").body()).contains("2段階認証はオフです");
		// Another person's recovery codes are never on offer, and their settings cannot be changed from here.
		assertThat(location(otherWeb.get("/mypage/security/recovery-codes"))).endsWith("/mypage/security");
		otherWeb.submit("/mypage/security", "/mypage/security/disable", Map.of("confirmation", withTwoFactor.password()));
		assertThat(twoFactor.isEnabled(withTwoFactor.id())).isTrue();
	}

	@Test
	void metricsNeedTheScrapeAccountNotAnAdministratorsPassword() {
		var admin = accounts.admin();
		var client = java.net.http.HttpClient.newHttpClient();
		assertThat(status(client, "/actuator/health", null)).isEqualTo(200);
		assertThat(status(client, "/actuator/prometheus", null)).isEqualTo(401);
		assertThat(status(client, "/actuator/prometheus", admin.email() + ":" + admin.password())).isEqualTo(401);
		assertThat(status(client, "/actuator/prometheus", "scraper:scrape-secret-for-tests")).isEqualTo(200);
	}

	private int status(java.net.http.HttpClient client, String path, String basic) {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)));
		if (basic != null) {
			request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString(basic.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> enrolOnMyPage(WebSession web, TestAccounts.Created account) {
		var page = web.get("/mypage/security/enrol");
		assertThat(page.statusCode()).isEqualTo(200);
		TwoFactorCodes.remember(account.email(), secretOn(page));
		var enrolled = web.submit("/mypage/security/enrol", "/mypage/security/enrol",
				Map.of("code", TwoFactorCodes.next(account.email())));
		assertThat(location(enrolled)).endsWith("/mypage/security/recovery-codes");
		return recoveryCodesOn(web.get("/mypage/security/recovery-codes"));
	}

	private TestAccounts.Created unenrolled(EnumSet<Role> roles) {
		String email = "mfa" + System.nanoTime() + "@test.manabi.example";
		long id = accountService.createVerified(email, TestAccounts.PASSWORD,
				new PersonalDetails("二段 認証", "にだん にんしょう", null, "ikebukuro", Residency.LIVES, 1985, "ja"), roles);
		return new TestAccounts.Created(id, email, TestAccounts.PASSWORD);
	}

	private static String secretOn(HttpResponse<String> page) {
		var matcher = SECRET.matcher(page.body());
		assertThat(matcher.find()).as("the secret is shown as text").isTrue();
		String secret = matcher.group(1).replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		return secret;
	}

	private static List<String> recoveryCodesOn(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		var codes = new ArrayList<String>();
		var matcher = RECOVERY_CODE.matcher(page.body());
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	private List<String> auditDetails(long accountId) {
		return jdbc.sql("""
				select detail from audit_entry where action = 'LOGIN' and subject_type = 'account' and subject_id = ?
				order by id""").param(String.valueOf(accountId)).query(String.class).list();
	}

	private List<String> twoFactorAudit(long accountId) {
		return jdbc.sql("""
				select action || ' ' || detail || ' by ' || actor_account_id from audit_entry
				where subject_type = 'account_two_factor' and subject_id = ? order by id""")
				.param(String.valueOf(accountId)).query(String.class).list();
	}

	private static String other(String code) {
		return code.equals("000000") ? "111111" : "000000";
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}
}
