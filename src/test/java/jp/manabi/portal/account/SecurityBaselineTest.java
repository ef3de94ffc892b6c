package jp.manabi.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.support.IntegrationTest;

/** The security baseline: CSRF, headers, who may open which pages, session fixation. */
class SecurityBaselineTest extends IntegrationTest {

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		var response = session().post("/signup", Map.of("email", "x@example.jp"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("このページを表示する権限がありません").doesNotContain("Exception");
	}

	@Test
	void pagesCarrySecurityHeaders() {
		var headers = session().get("/").headers();
		String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(headers.firstValue("Permissions-Policy")).get().asString().contains("camera=()");
		assertThat(headers.firstValue("Cache-Control")).get().asString().contains("no-store");
	}

	@Test
	void anonymousVisitorsAreSentToLoginForPersonalAndStaffPages() {
		var web = session();
		for (String path : new String[] { "/mypage", "/mypage/profile", "/admin", "/admin/accounts" }) {
			var response = web.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path).get().asString().endsWith("/login");
		}
	}

	@Test
	void residentsCannotOpenStaffPagesAndStaffCannotManageAccounts() {
		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), resident.password());
		assertThat(web.get("/mypage").statusCode()).isEqualTo(200);
		assertThat(web.get("/admin").statusCode()).isEqualTo(403);
		assertThat(web.get("/admin/mail").statusCode()).isEqualTo(403);

		var staff = accounts.staff();
		var staffWeb = session();
		staffWeb.logIn(staff.email(), staff.password());
		assertThat(staffWeb.get("/admin").statusCode()).isEqualTo(200);
		assertThat(staffWeb.get("/admin/accounts").statusCode()).isEqualTo(403);

		var admin = accounts.admin();
		var adminWeb = session();
		adminWeb.logIn(admin.email(), admin.password());
		assertThat(adminWeb.get("/admin/accounts").statusCode()).isEqualTo(200);
	}

	@Test
	void theSessionIdChangesAtLogin() {
		var resident = accounts.resident();
		var web = session();
		web.get("/login");
		String before = web.sessionId();
		var response = web.logIn(resident.email(), resident.password());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/mypage");
		assertThat(web.sessionId()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void demoAccountsAreRefusedOutsideTheDemoProfile() {
		// The demo passwords are printed in the README; this context runs without the demo profile.
		var web = session();
		var response = web.logIn("resident@demo.manabi.example", "manabi-demo-2026");
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
		assertThat(web.get("/login").body()).contains("メールアドレスまたはパスワードが正しくありません");
		assertThat(web.get("/mypage").statusCode()).isEqualTo(302);
	}

	@Test
	void errorPagesShowNoInternals() {
		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), resident.password());
		var notFound = web.get("/no/such/page");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).contains("ページが見つかりません").doesNotContain("Whitelabel", "Exception");

		var failure = web.get("/test/fail");
		assertThat(failure.statusCode()).isEqualTo(500);
		assertThat(failure.body()).contains("システムでエラーが発生しました")
				.doesNotContain(FailingTestController.SECRET, "Exception", "at jp.manabi");

		var english = session().acceptLanguage("en");
		english.logIn(resident.email(), resident.password());
		assertThat(english.get("/no/such/page").body()).contains("Page not found");
		assertThat(english.get("/test/fail").body()).contains("A system error occurred");

		var badRequest = web.get("/mypage//profile");
		assertThat(badRequest.statusCode()).isEqualTo(400);
		assertThat(badRequest.body()).contains("リクエストの内容に誤りがあります");
	}
}
