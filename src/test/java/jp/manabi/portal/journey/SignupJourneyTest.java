package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.support.Mails;

/** A resident signs up, confirms the address from the mail, edits the profile, switches language, logs out. */
class SignupJourneyTest extends BrowserTest {

	@Test
	void signUpVerifyLogInEditProfileSwitchLanguageLogOut() throws Exception {
		String email = "hanako.journey@example.jp";
		String password = "sakura ga saku koro 2026";

		open("/");
		assertThat(page).hasTitle("トップ｜豊島区 まなびポータル");
		assertAccessible();

		page.getByRole(AriaRole.NAVIGATION, new com.microsoft.playwright.Page.GetByRoleOptions().setName("アカウント"))
				.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("新規登録"))
				.click();
		assertThat(page.locator("h1")).hasText("新規登録");
		assertAccessible();

		// First with mistakes: every error is shown beside its field and nothing is saved.
		page.locator("#email").fill("not-an-address");
		page.locator("#password").fill("password");
		page.locator("#passwordConfirmation").fill("password");
		page.locator("#displayName").fill("豊島 花子");
		page.locator("#furigana").fill("豊島花子");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("登録する")).click();
		assertThat(page.locator(".error-summary")).isVisible();
		assertThat(page.locator("#email-error")).containsText("メールアドレスの形式");
		assertThat(page.locator("#password-error")).containsText("よく使われている");
		assertThat(page.locator("#furigana-error")).containsText("ひらがなかカタカナ");
		assertThat(page.locator("#areaCode-error")).isVisible();
		assertThat(page.locator("#displayName")).hasValue("豊島 花子");
		assertAccessible();

		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("#passwordConfirmation").fill(password);
		page.locator("#furigana").fill("としま はなこ");
		page.locator("#areaCode").selectOption("mejiro");
		page.getByLabel("区内に住んでいる（在住）").check();
		page.getByLabel("個人情報の取扱いに同意します").check();
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("登録する")).click();
		assertThat(page.locator("h1")).hasText("確認メールを送りました");
		assertAccessible();

		// Logging in before the address is confirmed is refused with a clear message.
		open("/login");
		logIn(email, password);
		assertThat(page.locator(".error-summary")).containsText("メールアドレスの確認がまだ済んでいません");

		String mail = Mails.awaitText(greenMail, email, 1);
		assertThat(mail).contains("豊島 花子 様");
		open(pathOf(Mails.linkIn(mail, "/verify?token=")));
		assertThat(page.locator("h1")).hasText("メールアドレスを確認しました");
		assertAccessible();

		page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("ログイン")).click();
		assertAccessible();
		logIn(email, password);
		assertThat(page.locator("h1")).hasText("マイページ");
		assertThat(page.getByText("豊島 花子さん、こんにちは。")).isVisible();
		assertAccessible();

		page.getByText("登録内容を変更する").click();
		assertAccessible();
		page.locator("#phone").fill("03-1234-5678");
		page.locator("#preferredLanguage-en").check();
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.locator(".notice")).hasText("登録内容を保存しました。");
		assertThat(page.locator("dl.details")).containsText("03-1234-5678");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("h1")).hasText("My page");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log out")).click();
		assertThat(page.getByText("You have logged out.")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log in"))).isVisible();
		assertAccessible();
	}

	private void logIn(String email, String password) {
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ログインする")).click();
	}

	private static String pathOf(String link) {
		var uri = URI.create(link);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}
}
