package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.support.TwoFactorCodes;

/**
 * A resident turns on two-step verification (on a desktop, then checking each page on a phone),
 * keeps the recovery codes, logs out and logs in with a code; a new staff member is made to enrol
 * at their first login. Every page is checked with axe-core.
 */
class TwoFactorJourneyTest extends BrowserTest {

	@Autowired
	private AccountService accountService;

	@Test
	void aResidentTurnsOnTwoStepVerificationAndLogsInWithACode() {
		var resident = accounts.resident();
		page.setViewportSize(DESKTOP_WIDTH, 900);
		logInAs(resident.email(), resident.password());

		open("/mypage");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ログインの安全（2段階認証）")).click();
		assertThat(page.locator("h1")).hasText("ログインの安全（2段階認証）");
		assertThat(page.locator("#two-factor-state")).hasText("2段階認証はオフです。");
		assertAccessible();
		page.setViewportSize(PHONE_WIDTH, 844);
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2段階認証をオンにする")).click();
		assertThat(page.locator("h1")).hasText("2段階認証の設定");
		assertThat(page.locator("img.qr-code")).isVisible();
		String secret = page.locator("#two-factor-secret").textContent().strip();
		TwoFactorCodes.remember(resident.email(), secret);
		assertAccessible();
		page.setViewportSize(DESKTOP_WIDTH, 900);
		assertAccessible();

		page.locator("#code").fill("000000".equals(TwoFactorCodes.now(secret)) ? "111111" : "000000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認して設定する")).click();
		assertThat(page.locator(".error-summary")).containsText("確認コードが正しくありません");
		assertThat(page.locator("#two-factor-secret")).hasText(secret);
		assertAccessible();

		page.locator("#code").fill(TwoFactorCodes.next(resident.email()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認して設定する")).click();
		assertThat(page.locator("h1")).hasText("回復コード");
		assertThat(page.locator("#recovery-codes li")).hasCount(10);
		assertAccessible();
		page.setViewportSize(PHONE_WIDTH, 844);
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("控えたので次へ進む")).click();
		assertThat(page.locator("h1")).hasText("マイページ");

		open("/mypage/security");
		assertThat(page.locator("#two-factor-state")).containsText("2段階認証はオンです");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
		page.waitForURL(address -> address.contains("loggedOut"));

		// Logging in again: the password, then the code.
		open("/login");
		page.locator("#email").fill(resident.email());
		page.locator("#password").fill(resident.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする")).click();
		assertThat(page.locator("h1")).hasText("2段階認証");
		assertAccessible();
		page.setViewportSize(DESKTOP_WIDTH, 900);
		assertAccessible();
		page.locator("#code").fill(TwoFactorCodes.next(resident.email()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認してログインする")).click();
		assertThat(page.locator("h1")).hasText("マイページ");
	}

	@Test
	void aNewStaffMemberIsMadeToEnrolAtTheFirstLogin() {
		var admin = accounts.admin();
		var staff = accounts.resident();
		// A resident made staff: no second factor yet.
		accountService.changeRoles(staff.id(), Set.of(Role.STAFF), true);
		open("/login");
		page.locator("#email").fill(staff.email());
		page.locator("#password").fill(staff.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする")).click();
		assertThat(page.locator("h1")).hasText("2段階認証の設定");
		assertThat(page.getByText("設定が終わるまで、ほかのページは使えません")).isVisible();
		assertAccessible();
		open("/admin");
		assertThat(page.locator("h1")).hasText("ログイン");
		open("/login/two-factor");
		assertThat(page.locator("h1")).hasText("2段階認証の設定");
		TwoFactorCodes.remember(staff.email(), page.locator("#two-factor-secret").textContent().strip());
		page.locator("#code").fill(TwoFactorCodes.next(staff.email()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認して設定する")).click();
		assertThat(page.locator("h1")).hasText("回復コード");
		open("/admin");
		assertThat(page.locator("h1")).hasText("管理画面");

		// The administrator's page for resetting it.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
		logInAs(admin.email(), admin.password());
		open("/admin/accounts");
		page.locator("#find-email").fill(staff.email());
		page.locator("#find-email").press("Enter");
		assertThat(page.locator("#two-factor-state")).hasText("設定あり");
		assertThat(page.locator("#two-factor-reset-heading")).isVisible();
		assertAccessible();
	}
}
