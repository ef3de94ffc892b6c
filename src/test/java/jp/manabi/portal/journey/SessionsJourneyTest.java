package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.support.BrowserTest;

/**
 * A resident logged in on a phone and on a computer sees both on 「ログイン中の端末」, logs the
 * computer out from the phone, then logs out everywhere; an administrator opens the account's page
 * and ends its sessions. Every page passes axe-core at phone and desktop width.
 */
class SessionsJourneyTest extends BrowserTest {

	private static final String WINDOWS_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

	@Test
	void aResidentLogsOutTheirOtherDeviceThenEverywhere() {
		var resident = accounts.resident();
		var computer = context.browser().newContext(new Browser.NewContextOptions().setLocale("ja-JP")
				.setUserAgent(WINDOWS_CHROME).setViewportSize(DESKTOP_WIDTH, 900));
		try {
			var desk = computer.newPage();
			desk.navigate(url("/login"));
			logIn(desk, resident.email(), resident.password());
			assertThat(desk.locator("h1")).hasText("マイページ");

			open("/login");
			logIn(page, resident.email(), resident.password());
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ログイン中の端末")).click();
			assertThat(page.locator("h1")).hasText("ログイン中の端末");
			assertThat(page.locator(".section-cards > li")).hasCount(2);
			assertThat(page.locator(".section-cards")).containsText("このブラウザ");
			assertThat(page.locator(".section-cards")).containsText("Chrome · Windows");
			assertAccessible();
			page.setViewportSize(DESKTOP_WIDTH, 900);
			assertAccessible();
			page.setViewportSize(PHONE_WIDTH, 844);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この端末をログアウト")).click();
			assertThat(page.locator(".notice")).containsText("その端末をログアウトさせました");
			assertThat(page.locator(".section-cards > li")).hasCount(1);
			assertAccessible();

			desk.navigate(url("/mypage"));
			assertThat(desk.locator("h1")).hasText("ログイン");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("すべての端末からログアウト")).click();
			assertThat(page.locator(".notice")).containsText("すべての端末からログアウトしました");
			open("/mypage");
			assertThat(page.locator("h1")).hasText("ログイン");
		}
		finally {
			computer.close();
		}
	}

	@Test
	void anAdministratorEndsAnAccountsSessions() {
		var resident = accounts.resident();
		var admin = accounts.admin();
		var other = context.browser().newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
		try {
			var residentPage = other.newPage();
			residentPage.navigate(url("/login"));
			logIn(residentPage, resident.email(), resident.password());
			assertThat(residentPage.locator("h1")).hasText("マイページ");

			// Administrators log in with two factors.
			logInAs(admin.email(), admin.password());
			open("/admin/accounts");
			page.locator("#find-email").fill(resident.email());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("開く")).click();
			assertThat(page.locator("h1")).hasText("アカウント");
			assertThat(page.locator("#session-count")).hasText("1");
			assertAccessible();
			page.setViewportSize(DESKTOP_WIDTH, 900);
			assertAccessible();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("すべてのセッションを終了")).click();
			assertThat(page.locator(".notice")).containsText("すべてのセッションを終了しました");
			assertThat(page.locator("#session-count")).hasText("0");
			assertAccessible();

			residentPage.navigate(url("/mypage"));
			assertThat(residentPage.locator("h1")).hasText("ログイン");
		}
		finally {
			other.close();
		}
	}

	private static void logIn(Page on, String email, String password) {
		on.locator("#email").fill(email);
		on.locator("#password").fill(password);
		on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする")).click();
	}
}
