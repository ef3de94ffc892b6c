package jp.manabi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;

import jp.manabi.portal.security.SecurityFixtures.Actor;
import jp.manabi.portal.support.IntegrationTest;

/**
 * The response headers of ASVS V14.4 and V3.4 on a sample of pages; Cache-Control: no-store on
 * every personal page is checked route by route in {@link PermissionMatrixTest}.
 */
class SecurityHeadersTest extends IntegrationTest {

	private static final List<String> PUBLIC_SAMPLE = List.of("/", "/courses", "/circles", "/login", "/signup",
			"/password/forgot", "/no/such/page");

	@Autowired
	private SecurityFixtures fixtures;

	@Autowired
	@Qualifier("springSecurityFilterChain")
	private FilterChainProxy securityFilters;

	@Test
	void everySampledPageCarriesTheSecurityHeaders() {
		var staff = fixtures.people().get(Actor.STAFF);
		var web = session();
		web.logIn(staff.email(), staff.password());
		for (String path : List.of("/mypage", "/admin", "/admin/courses", "/mypage/profile")) {
			assertSecurityHeaders(path, web.get(path));
		}
		for (String path : PUBLIC_SAMPLE) {
			assertSecurityHeaders(path, session().get(path));
		}
	}

	@Test
	void personalPagesAreNeverStored() {
		var resident = fixtures.people().get(Actor.RES);
		var web = session();
		web.logIn(resident.email(), resident.password());
		for (String path : List.of("/mypage", "/mypage/applications", "/mypage/consultations", "/mypage/profile")) {
			assertThat(web.get(path).headers().firstValue("Cache-Control")).as(path).get().asString()
					.contains("no-store");
		}
		for (String path : List.of("/login", "/signup", "/password/forgot")) {
			assertThat(session().get(path).headers().firstValue("Cache-Control")).as(path).get().asString()
					.contains("no-store");
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		var resident = fixtures.people().get(Actor.RES);
		var response = session().logIn(resident.email(), resident.password());
		String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
				.findFirst().orElseThrow();
		assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		// Secure is set by server.servlet.session.cookie.secure=true behind HTTPS (docs/operations.md);
		// the test server speaks plain HTTP, where a Secure cookie would never come back.
	}

	@Test
	void hstsIsSentOnHttpsRequestsOnly() throws Exception {
		var secure = new MockHttpServletRequest("GET", "/");
		secure.setSecure(true);
		secure.setScheme("https");
		var secureResponse = new MockHttpServletResponse();
		securityFilters.doFilter(secure, secureResponse, new MockFilterChain());
		assertThat(secureResponse.getHeader("Strict-Transport-Security")).contains("max-age=31536000")
				.contains("includeSubDomains");

		var plain = new MockHttpServletRequest("GET", "/");
		var plainResponse = new MockHttpServletResponse();
		securityFilters.doFilter(plain, plainResponse, new MockFilterChain());
		assertThat(plainResponse.getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void circleImagesAreServedAsInlineAttachmentsThatAreNeverSniffed() {
		String image = fixtures.ids().get("images/{imageId}");
		var response = session().get("/circles/images/" + image);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(response.headers().allValues("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
				.startsWith("inline").contains("filename=\"circle-");
		// Images of a circle that is not listed are private: not found for strangers.
		assertThat(session().get("/circles/images/999999999").statusCode()).isEqualTo(404);
	}

	private static void assertSecurityHeaders(String path, HttpResponse<String> response) {
		var headers = response.headers();
		assertThat(headers.firstValue("Content-Security-Policy")).as(path).get().asString()
				.contains("frame-ancestors 'none'", "script-src 'self'", "style-src 'self'")
				.doesNotContain("unsafe-inline");
		assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Permissions-Policy")).as(path).get().asString().contains("camera=()",
				"microphone=()", "geolocation=()");
		assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		assertThat(headers.firstValue("Strict-Transport-Security")).as(path + " over plain HTTP").isEmpty();
	}
}
