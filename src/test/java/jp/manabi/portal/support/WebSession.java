package jp.manabi.portal.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session without a browser: keeps cookies, reads CSRF tokens from forms,
 * does not follow redirects (so tests can see them). For tests of access rules and bad input.
 */
public class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;
	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
	private final HttpClient client;
	private String language = "ja";

	public WebSession(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
				.build();
	}

	public WebSession acceptLanguage(String language) {
		this.language = language;
		return this;
	}

	public CookieManager cookies() {
		return cookies;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
				.header("Accept-Language", language).GET().build());
	}

	/** Posts a form with the CSRF token read from the page at {@code formPage}. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		var withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfFrom(formPage));
		return post(action, withToken);
	}

	/** Posts exactly the given fields (no CSRF token unless included). */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet().stream()
				.map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
				.header("Accept-Language", language)
				.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	/**
	 * Posts a file as a browser's upload form does from {@code formPage}: multipart, the file
	 * first, then the CSRF token read from that page as a form field; the page is the Referer.
	 */
	public HttpResponse<String> upload(String formPage, String action, String fileName, byte[] content) {
		return multipart(csrfFrom(formPage), baseUrl + formPage, action, fileName, content);
	}

	/** The same with any Referer (the CSRF token still from {@code formPage}). */
	public HttpResponse<String> upload(String formPage, String referer, String action, String fileName,
			byte[] content) {
		return multipart(csrfFrom(formPage), referer, action, fileName, content);
	}

	private HttpResponse<String> multipart(String token, String referer, String action, String fileName, byte[] content) {
		String boundary = "----portal-test-" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + action)).header("Accept", "text/html")
				.header("Accept-Language", language).header("Referer", referer)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
	}

	public String csrfFrom(String page) {
		var matcher = CSRF.matcher(get(page).body());
		if (!matcher.find()) {
			throw new AssertionError("no CSRF token on " + page);
		}
		return matcher.group(1);
	}

	private static final Pattern SECRET = Pattern.compile("id=\"two-factor-secret\"[^>]*>([^<]+)<");

	/**
	 * Logs in through the real login form. When the app asks for the second factor, gives the
	 * code from the account's secret ({@link TwoFactorCodes}); when it asks a staff account to
	 * enrol, enrols with the secret shown on the page. Returns the response to the last POST
	 * (a redirect to the page asked for, or /mypage, once signed in).
	 */
	public HttpResponse<String> logIn(String email, String password) {
		var response = logInWithPasswordOnly(email, password);
		String location = response.headers().firstValue("Location").orElse("");
		if (location.endsWith("/login/two-factor")) {
			return submit("/login/two-factor", "/login/two-factor", Map.of("code", TwoFactorCodes.next(email)));
		}
		if (location.endsWith("/login/two-factor/enrol")) {
			var matcher = SECRET.matcher(get("/login/two-factor/enrol").body());
			if (!matcher.find()) {
				throw new AssertionError("no secret on the enrolment page");
			}
			TwoFactorCodes.remember(email, matcher.group(1));
			return submit("/login/two-factor/enrol", "/login/two-factor/enrol",
					Map.of("code", TwoFactorCodes.next(email)));
		}
		return response;
	}

	/** Only the first step: the response to the login POST, whatever comes next. */
	public HttpResponse<String> logInWithPasswordOnly(String email, String password) {
		return submit("/login", "/login", Map.of("email", email, "password", password));
	}

	public String sessionId() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
				.map(java.net.HttpCookie::getValue).findFirst().orElse(null);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
