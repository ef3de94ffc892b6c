package jp.manabi.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.support.IntegrationTest;

/** Language: the switch's cookie, then Accept-Language, then Japanese. */
class LanguageTest extends IntegrationTest {

	@Test
	void japaneseByDefault() {
		var page = session().acceptLanguage("").get("/");
		assertThat(page.body()).contains("<html lang=\"ja\">").contains("まなびポータル");
	}

	@Test
	void acceptLanguagePicksASupportedLanguage() {
		assertThat(session().acceptLanguage("en-GB,en;q=0.9").get("/").body()).contains("<html lang=\"en\">");
		assertThat(session().acceptLanguage("fr-FR,de;q=0.8").get("/").body()).contains("<html lang=\"ja\">");
		assertThat(session().acceptLanguage("fr;q=0.9,en;q=0.5").get("/").body()).contains("<html lang=\"en\">");
		assertThat(session().acceptLanguage("!!!,;;=").get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void theSwitchIsRememberedOverTheBrowserLanguage() {
		var web = session().acceptLanguage("ja");
		assertThat(web.get("/about/privacy?lang=en").body()).contains("<html lang=\"en\">").contains("Privacy");
		var cookie = web.cookies().getCookieStore().getCookies().stream()
				.filter(c -> c.getName().equals(WebConfig.LANGUAGE_COOKIE)).findFirst().orElseThrow();
		assertThat(cookie.getValue()).isEqualTo("en");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(web.get("/").body()).contains("<html lang=\"en\">");

		assertThat(web.get("/?lang=ja").body()).contains("<html lang=\"ja\">");
		assertThat(web.get("/").body()).contains("<html lang=\"ja\">");
	}

	@Test
	void anUnknownLanguageFallsBackToJapanese() {
		var web = session().acceptLanguage("en");
		assertThat(web.get("/?lang=xx-%3Cscript%3E").body()).contains("<html lang=\"ja\">");
	}

	@Test
	void theSwitchLinksBackToTheSamePageAndKeepsItsQuery() {
		var page = session().get("/about/contact?x=1&lang=ja").body();
		assertThat(page).contains("href=\"/about/contact?x=1&amp;lang=en\"");
	}
}
