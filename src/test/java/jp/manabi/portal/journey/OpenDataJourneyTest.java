package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.support.BrowserTest;

/**
 * A data user finds the open data from the footer, reads the page (licence, columns) on a phone
 * and a desktop in both languages, and fetches each file the page links to.
 */
class OpenDataJourneyTest extends BrowserTest {

	private static final Map<String, String> FILES = Map.of("events.csv", "text/csv;charset=utf-8", "events.json",
			"application/json;charset=utf-8", "events.ics", "text/calendar;charset=utf-8");

	@Test
	void thePagePassesAxeAndItsLinksDownloadTheFiles() {
		for (int width : new int[] { DESKTOP_WIDTH, PHONE_WIDTH }) {
			page.setViewportSize(width, 900);
			open("/");
			page.locator("footer a[href='/opendata']").click();
			assertThat(page).hasURL(url("/opendata"));
			assertThat(page.locator("h1")).hasText("オープンデータ（講座・イベント一覧）");
			assertThat(page.locator("a[rel='license']")).hasText("CC BY 4.0");
			assertAccessible();
			int overflow = ((Number) page.evaluate(
					"() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
			assertThat(overflow).as("horizontal overflow at %d px", width).isLessThanOrEqualTo(0);
		}
		for (var file : FILES.entrySet()) {
			var link = page.locator("a[href='/opendata/" + file.getKey() + "']");
			assertThat(link).isVisible();
			var response = page.request().get(url(link.getAttribute("href")));
			assertThat(response.status()).as(file.getKey()).isEqualTo(200);
			assertThat(response.headers().get("content-type").replace(" ", "").toLowerCase())
					.isEqualTo(file.getValue());
			assertThat(response.body().length).isGreaterThan(0);
		}
		var csv = page.request().get(url("/opendata/events.csv")).body();
		assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).startsWith("\"都道府県コード又は市区町村コード\"");
	}

	@Test
	void theEnglishPagePassesAxeToo() {
		open("/opendata?lang=en");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Open data (courses and events)");
		assertAccessible();
		page.setViewportSize(DESKTOP_WIDTH, 900);
		assertAccessible();
	}
}
