package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.support.Mails;

/** An administrator creates a staff account; the new staff member sets a password from the mail and logs in. */
class AdminAccountsJourneyTest extends BrowserTest {

	@Test
	void administratorCreatesAStaffAccountThatIsActivatedByMail() throws Exception {
		var admin = accounts.admin();
		String staffEmail = "new-staff-" + System.nanoTime() + "@city.example.jp";

		open("/login");
		logIn(admin.email(), admin.password());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("管理画面")).click();
		assertThat(page.locator("h1")).hasText("管理画面");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("職員アカウント")).click();
		assertThat(page.locator("h1")).hasText("職員アカウント");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("職員アカウントの作成")).click();
		assertAccessible();
		page.locator("#email").fill("not an email");
		page.locator("#displayName").fill("池袋 一郎");
		page.locator("#furigana").fill("Ichiro");
		page.locator("#role-STAFF").uncheck();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("作成してメールを送る")).click();
		assertThat(page.locator("#email-error")).isVisible();
		assertThat(page.locator("#furigana-error")).isVisible();
		assertThat(page.locator(".error-summary")).containsText("少なくとも一つ選んでください");
		assertAccessible();

		page.locator("#email").fill(staffEmail);
		page.locator("#furigana").fill("いけぶくろ いちろう");
		page.locator("#role-STAFF").check();
		page.locator("#role-COUNSELOR").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("作成してメールを送る")).click();
		assertThat(page.locator(".notice")).containsText("アカウントを作成し");
		assertThat(page.locator("table")).containsText(staffEmail);
		assertAccessible();

		String mail = Mails.awaitText(greenMail, staffEmail, 1);
		open("/admin/mail");
		assertThat(page.locator("h1")).hasText("送信メールの確認（デモ用）");
		assertThat(page.getByText(staffEmail).first()).isVisible();
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
		open(pathOf(Mails.linkIn(mail, "/password/reset?token=")));
		assertThat(page.locator("h1")).hasText("新しいパスワードの設定");
		assertAccessible();
		page.locator("#newPassword").fill("ichiro starts work in april");
		page.locator("#newPasswordConfirmation").fill("ichiro starts work in april");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("パスワードを設定する")).click();
		assertThat(page.getByText("パスワードを変更しました。新しいパスワードでログインしてください。")).isVisible();
		assertAccessible();

		logIn(staffEmail, "ichiro starts work in april");
		assertThat(page.locator("h1")).hasText("マイページ");
		open("/admin");
		assertThat(page.locator("h1")).hasText("管理画面");
		open("/admin/accounts");
		assertThat(page.locator("h1")).hasText("このページを表示する権限がありません");
		assertAccessible();
	}

	private void logIn(String email, String password) {
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする")).click();
		completeTwoFactor(email);
	}

	private static String pathOf(String link) {
		var uri = java.net.URI.create(link);
		return uri.getRawPath() + "?" + uri.getRawQuery();
	}
}
