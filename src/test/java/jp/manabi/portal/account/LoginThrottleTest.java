package jp.manabi.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.WebSession;

/** Repeated failed logins are slowed, then locked, with a message that says when to try again. */
class LoginThrottleTest extends IntegrationTest {

	@Test
	void failuresSlowDownThenLockTheAccountEvenForTheRightPassword() {
		var resident = accounts.resident();
		var web = session();

		for (int i = 0; i < 2; i++) {
			failWith(web, resident.email());
			assertThat(web.get("/login").body()).contains("メールアドレスまたはパスワードが正しくありません");
		}
		failWith(web, resident.email());
		assertThat(web.get("/login").body()).contains("秒後にもう一度お試しください");

		// While slowed, even the right password is refused.
		web.logIn(resident.email(), resident.password());
		assertThat(web.get("/login").body()).contains("秒後にもう一度お試しください");
		assertThat(web.get("/mypage").statusCode()).isEqualTo(302);
	}

	@Test
	void fiveFailuresLockTheAccountForMinutes() {
		var resident = accounts.resident();
		var web = session();
		for (int i = 0; i < 5; i++) {
			// Each failure is recorded even while the account is slowed.
			failWith(web, resident.email());
			clearWait(resident.email());
		}
		failWith(web, resident.email());
		String page = web.get("/login").body();
		assertThat(page).contains("しばらくログインできません").contains("分後に");
	}

	@Test
	void aGoodLoginForgivesEarlierFailures() {
		var resident = accounts.resident();
		var web = session();
		failWith(web, resident.email());
		failWith(web, resident.email());
		assertThat(web.logIn(resident.email(), resident.password()).headers().firstValue("Location")).get()
				.asString().endsWith("/mypage");
		var other = session();
		failWith(other, resident.email());
		failWith(other, resident.email());
		assertThat(other.get("/login").body()).doesNotContain("秒後");
	}

	@Test
	void manyFailuresFromOneAddressSlowDownEveryLoginFromIt() {
		var web = session();
		for (int i = 0; i < 15; i++) {
			failWith(web, "guess" + i + "-" + System.nanoTime() + "@example.jp");
		}
		var resident = accounts.resident();
		web.logIn(resident.email(), resident.password());
		assertThat(web.get("/login").body()).contains("秒後にもう一度お試しください");
	}

	private void failWith(WebSession web, String email) {
		web.logIn(email, "wrong password " + System.nanoTime());
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** Lets the short delay pass at once, so the test needs not sleep. */
	private void clearWait(String email) {
		jdbc.sql("update login_throttle set locked_until = null where throttle_key = :key")
				.param("key", "account:" + email).update();
	}
}
