package jp.manabi.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;

/** Verification and reset links: they work once, expire, and refuse tampering with a clear page. */
@ExtendWith(OutputCaptureExtension.class)
class EmailLinksTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void verificationLinkWorksOnceAndNeitherPasswordNorTokenIsLogged(CapturedOutput output) throws Exception {
		String email = "links-" + System.nanoTime() + "@example.jp";
		var form = SignupValidationTest.validForm(email);
		session().submit("/signup", "/signup", form);
		String link = pathOf(Mails.linkIn(Mails.awaitText(greenMail, email, 1), "/verify?token="));

		assertThat(session().get(link).body()).contains("メールアドレスを確認しました");
		assertThat(session().get(link).body()).contains("このリンクはすでに使われています");

		String token = link.substring(link.indexOf("token=") + 6);
		// The capture does see the app's log (the mail line), and neither secret is in it.
		assertThat(output.getAll()).contains("Sent mail mail.verify").doesNotContain(form.get("password"))
				.doesNotContain(token);
	}

	@Test
	void tamperedAndExpiredVerificationLinksGetAClearPage() throws Exception {
		assertThat(session().get("/verify?token=not-a-real-token-but-long-enough").body())
				.contains("このリンクは正しくありません");
		assertThat(session().get("/verify").body()).contains("このリンクは正しくありません");
		assertThat(session().get("/verify?token=%3Cscript%3Ealert(1)%3C/script%3E").body())
				.contains("このリンクは正しくありません").doesNotContain("<script>alert(1)");

		String email = "expired-" + System.nanoTime() + "@example.jp";
		session().submit("/signup", "/signup", SignupValidationTest.validForm(email));
		String link = pathOf(Mails.linkIn(Mails.awaitText(greenMail, email, 1), "/verify?token="));
		jdbc.sql("update account_token set expires_at = now() - interval '1 minute' "
				+ "where account_id = (select id from account where email = :email)").param("email", email).update();

		assertThat(session().get(link).body()).contains("有効期限が切れています");
		assertThat(jdbc.sql("select email_verified_at is null from account where email = :email")
				.param("email", email).query(Boolean.class).single()).isTrue();
	}

	@Test
	void passwordResetByMailedLink() throws Exception {
		var resident = accounts.resident();
		var web = session();
		var sent = web.submit("/password/forgot", "/password/forgot", Map.of("email", resident.email()));
		assertThat(sent.headers().firstValue("Location")).get().asString().endsWith("/password/forgot/sent");
		// Unknown addresses get the same answer, so the form reveals nobody's account.
		var unknown = web.submit("/password/forgot", "/password/forgot", Map.of("email", "nobody@example.jp"));
		assertThat(unknown.headers().firstValue("Location")).isEqualTo(sent.headers().firstValue("Location"));

		String link = pathOf(Mails.linkIn(Mails.awaitText(greenMail, resident.email(), 1), "/password/reset?token="));
		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(web.get(link).body()).contains("新しいパスワードの設定");

		var weak = web.submit(link, "/password/reset",
				Map.of("token", token, "newPassword", "12345678", "newPasswordConfirmation", "12345678"));
		assertThat(weak.body()).contains("id=\"newPassword-error\"").contains("よく使われている");

		String newPassword = "green tea in the morning";
		var done = web.submit(link, "/password/reset",
				Map.of("token", token, "newPassword", newPassword, "newPasswordConfirmation", newPassword));
		assertThat(done.headers().firstValue("Location")).get().asString().endsWith("/login?reset");

		assertThat(session().logIn(resident.email(), resident.password()).headers().firstValue("Location")).get()
				.asString().endsWith("/login");
		assertThat(session().logIn(resident.email(), newPassword).headers().firstValue("Location")).get()
				.asString().endsWith("/mypage");
		assertThat(session().get(link).body()).contains("このリンクはすでに使われています");
		// The holder is told, with the way back in if it was not them (ASVS 2.2.3).
		assertThat(Mails.awaitText(greenMail, resident.email(), 2)).contains("パスワードが変更されました",
				"/password/forgot");
	}

	@Test
	void anExpiredResetLinkIsRefused() throws Exception {
		var resident = accounts.resident();
		session().submit("/password/forgot", "/password/forgot", Map.of("email", resident.email()));
		String link = pathOf(Mails.linkIn(Mails.awaitText(greenMail, resident.email(), 1), "/password/reset?token="));
		jdbc.sql("update account_token set expires_at = now() - interval '1 second' where account_id = :id")
				.param("id", resident.id()).update();
		assertThat(session().get(link).body()).contains("パスワードを再設定できませんでした").contains("有効期限が切れています");
	}

	static String pathOf(String link) {
		var uri = URI.create(link);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}
}
