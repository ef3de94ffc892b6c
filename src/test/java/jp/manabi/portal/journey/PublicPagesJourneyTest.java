package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.support.BrowserTest;

/** Every public page of the foundation, on a phone and on a desktop, by keyboard, through axe-core. */
class PublicPagesJourneyTest extends BrowserTest {

	static final List<String> PAGES = List.of("/", "/about/accessibility", "/about/privacy", "/about/contact",
			"/courses", "/circles", "/volunteers", "/consultations", "/login", "/signup", "/signup/sent",
			"/password/forgot", "/password/forgot/sent", "/verify/resend", "/verify?token=tampered-token-value-123",
			"/password/reset?token=tampered-token-value-123");

	@Test
	void everyPublicPagePassesAxeOnAPhoneAndOnADesktop() {
		for (int width : new int[] { PHONE_WIDTH, DESKTOP_WIDTH }) {
			page.setViewportSize(width, 900);
			for (String path : PAGES) {
				open(path);
				assertThat(page.locator("h1")).hasCount(1);
				assertAccessible();
				// Nothing is wider than the screen: the page reads without sideways scrolling.
				int overflow = ((Number) page.evaluate(
						"() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
				assertThat(overflow).as("horizontal overflow on %s at %d px", path, width).isLessThanOrEqualTo(0);
			}
		}
	}

	@Test
	void englishPagesPassAxeToo() {
		open("/?lang=en");
		for (String path : PAGES) {
			open(path);
			assertThat(page.locator("html")).hasAttribute("lang", "en");
			assertAccessible();
		}
	}

	@Test
	void theSkipLinkIsTheFirstStopForKeyboardUsersAndLeadsToTheContent() {
		open("/about/privacy");
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("本文へ移動");
		page.keyboard().press("Enter");
		assertThat(page.url()).endsWith("#main");
		assertThat(page.locator("main")).isFocused();
	}

	@Test
	void errorPagesPassAxe() {
		var resident = accounts.resident();
		open("/login");
		page.locator("#email").fill(resident.email());
		page.locator("#password").fill("wrong password entirely");
		page.locator("button[type=submit]").click();
		assertThat(page.locator(".error-summary")).containsText("正しくありません");
		assertAccessible();

		page.locator("#email").fill(resident.email());
		page.locator("#password").fill(resident.password());
		page.locator("button[type=submit]").click();
		open("/no/such/page");
		assertThat(page.locator("h1")).hasText("ページが見つかりません");
		assertAccessible();
		open("/admin");
		assertThat(page.locator("h1")).hasText("このページを表示する権限がありません");
		assertAccessible();
		open("/test/fail");
		assertThat(page.locator("h1")).hasText("システムでエラーが発生しました");
		assertAccessible();
	}
}
