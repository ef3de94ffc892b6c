package jp.manabi.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import jp.manabi.portal.support.TwoFactorCodes;

/**
 * A browser without a browser, for integration tests: keeps cookies, logs in through the login
 * form, and sends forms with the CSRF token read from the page, as a person's browser would.
 */
final class PlanHttp {

	private final Function<String, String> url;
	private final HttpClient client;

	PlanHttp(Function<String, String> url) {
		this.url = url;
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	/** Logs in; the session then carries the account's roles. */
	PlanHttp logIn(String email, String password) throws Exception {
		String token = csrf("/login");
		var response = post("/login", Map.of("email", email, "password", password, "_csrf", token));
		// Staff accounts: the second step, as WebSession.logIn does it (enrolling when asked to).
		if (response.uri().getPath().equals("/login/two-factor/enrol")) {
			var enrol = Jsoup.parse(response.body());
			TwoFactorCodes.remember(email, enrol.select("#two-factor-secret").text());
			response = post("/login/two-factor/enrol", Map.of("code", TwoFactorCodes.next(email), "_csrf",
					enrol.select("input[name=_csrf]").attr("value")));
		}
		else if (response.uri().getPath().equals("/login/two-factor")) {
			response = post("/login/two-factor", Map.of("code", TwoFactorCodes.next(email), "_csrf",
					Jsoup.parse(response.body()).select("input[name=_csrf]").attr("value")));
		}
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.uri().getPath()).as("logged in, not back on /login").isNotEqualTo("/login");
		return this;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url.apply(path))).header("Accept-Language", "ja").header("Accept", "text/html").GET()
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url.apply(path))).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	Document page(String path) throws IOException, InterruptedException {
		var response = get(path);
		assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
		return Jsoup.parse(response.body(), url.apply(path));
	}

	/** The CSRF token of the first form on the page (every signed-in page has the logout form). */
	String csrf(String pagePath) throws IOException, InterruptedException {
		String token = page(pagePath).select("input[name=_csrf]").attr("value");
		assertThat(token).as("a CSRF token on " + pagePath).isNotBlank();
		return token;
	}

	HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create(url.apply(path)))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "ja").header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A form post with the token taken from {@code formPage}, as the browser would send it from there. */
	HttpResponse<String> submit(String formPage, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		var withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrf(formPage));
		return post(path, withToken);
	}

	/**
	 * The upload form's multipart post as a browser sends it from the list page: the CSRF token is
	 * a form field after the file, and the list page is the Referer.
	 */
	HttpResponse<String> upload(String fileName, byte[] content) throws IOException, InterruptedException {
		String token = csrf("/admin/plans");
		String boundary = "----plan" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(URI.create(url.apply("/admin/plans/upload")))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", "ja").header("Accept", "text/html")
				.header("Referer", url.apply("/admin/plans"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
