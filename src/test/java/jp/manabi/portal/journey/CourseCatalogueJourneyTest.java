package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.course.search.CourseFixtures;
import jp.manabi.portal.support.BrowserTest;

/** A resident finds a course by keyword and facets, reads its page, its calendar, on a phone and a desktop. */
class CourseCatalogueJourneyTest extends BrowserTest {

	@Autowired
	CourseFixtures fixtures;

	@BeforeEach
	void catalogue() {
		fixtures.ids();
	}

	@Test
	void findACourseByKeywordAndFacetsThenReadItsPage() {
		for (int width : new int[] { PHONE_WIDTH, DESKTOP_WIDTH }) {
			page.setViewportSize(width, 900);
			open("/");
			assertThat(page.locator("#accepting-heading")).isVisible();
			// Other tests add courses too, so only the shape of the list is certain here.
			assertThat(page.locator(".highlight-list").first().locator("li").first()).isVisible();
			assertAccessible();

			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
					.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("講座")).click();
			assertThat(page.locator("h1")).hasText("講座をさがす");
			assertAccessible();

			page.locator("#q").fill("英語");
			page.locator("#q").press("Enter");
			assertThat(page.locator(".course-list")).containsText("英語で話そう 初級英会話");
			assertThat(page.locator(".course-list")).not().containsText("防災");
			page.locator("#q").fill("防災");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索")).click();
			assertThat(page.locator(".course-list")).containsText("地域で備える防災講座");
			assertThat(page.locator(".course-list")).containsText("親子で学ぶ防災ピクニック");
			assertThat(page.locator(".course-list")).not().containsText("下書き");

			page.locator(".filters summary").click();
			page.locator("#free").check();
			assertThat(page.locator(".course-list")).not().containsText("親子で学ぶ防災ピクニック");
			assertThat(page.locator(".course-list")).containsText("地域で備える防災講座");
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*free=true.*"));
			assertAccessible();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("地域で備える防災講座")).click();
			assertThat(page.locator("h1")).hasText("地域で備える防災講座");
			assertThat(page.locator(".session-list li")).hasCount(2);
			assertThat(page.getByText("としま区民センター").first()).isVisible();
			assertThat(page.locator("a[href$='/sessions.ics']")).isVisible();
			assertAccessible();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("講座をさがす")).first().click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("カレンダーで見る")).click();
			assertThat(page.locator("h1")).containsText("の講座");
			assertAccessible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^次の月"))).click();
			assertAccessible();
		}
	}

	@Test
	void theCataloguePassesAxeInEnglish() {
		open("/courses?lang=en");
		assertThat(page.locator("h1")).hasText("Find a course");
		assertAccessible();
		page.locator("#q").fill("sign language");
		page.locator("#q").press("Enter");
		assertThat(page.locator(".course-list")).containsText("Sign language for beginners");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign language for beginners")).click();
		assertThat(page.locator("h1")).hasText("Sign language for beginners");
		assertAccessible();
	}

	@Test
	void searchWorksWithoutJavaScript() {
		try (var noScript = page.context().browser().newContext(new Browser.NewContextOptions()
				.setJavaScriptEnabled(false).setLocale("ja-JP"))) {
			var plain = noScript.newPage();
			plain.navigate(url("/courses"));
			plain.locator("#q").fill("手話");
			plain.locator(".filters summary").click();
			plain.locator("#time-EVENING").check();
			plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索")).click();
			assertThat(plain.locator(".course-list")).containsText("手話で話そう 入門");
			assertThat(plain.url()).contains("time=EVENING");
			assertThat(plain.locator(".result-count")).containsText("件の講座");
		}
	}
}
