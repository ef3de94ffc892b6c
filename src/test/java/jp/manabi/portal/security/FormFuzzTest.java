package jp.manabi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.security.SecurityFixtures.Actor;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/**
 * Hostile, oversized and mis-encoded input to every form and every search parameter a person can
 * reach without an id in the address (forms found in the rendered pages with jsoup: their action and
 * field names), as a visitor, a resident and staff, each a fresh account so nothing the permission
 * matrix relies on is touched. Expected: never a 500, the script payload never comes back
 * unescaped, and the resident's and visitor's hostile posts create no account, course or circle.
 */
class FormFuzzTest extends IntegrationTest {

	static final String SCRIPT = "<script>alert('fuzz')</script>";

	/** One value of each kind; every field of a form gets the same kind at once. */
	static final Map<String, String> HOSTILE = new LinkedHashMap<>();

	static {
		HOSTILE.put("script", SCRIPT + "\"><img src=x onerror=alert(1)>");
		HOSTILE.put("sql", "' OR 1=1--; drop table account;--");
		HOSTILE.put("spel", "${T(java.lang.Runtime).getRuntime().exec('id')}__${7*7}__::.x");
		HOSTILE.put("traversal", "../../../../etc/passwd%00");
		HOSTILE.put("numbers", "-99999999999999999999999");
		HOSTILE.put("control", "a\u0000b\u202Ec\uFFFF\uD83D");
	}

	private static final int ONE_MB = 1024 * 1024;

	/** Pages whose forms are not posted: logging out would end the session the rest relies on. */
	private static final Set<String> NOT_POSTED = Set.of("/logout");

	@Autowired
	private SecurityFixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	record Form(String page, String action, String method, boolean multipart, List<String> fields) {
	}

	@Test
	void noFormOrParameterAnswersWithA500OrReflectsScript() throws Exception {
		var failures = new ArrayList<String>();
		long started = System.currentTimeMillis();
		// The ids are not used; this only makes sure the matrix's world exists before the counts.
		fixtures.ids();
		var visitor = signedIn(Actor.ANON);
		var resident = signedIn(Actor.RES);
		var staff = signedIn(Actor.STAFF);
		long[] before = counts();
		int requests = fuzzEveryForm(visitor, failures) + fuzzEveryForm(resident, failures);
		assertThat(counts()).as("accounts, courses, circles after hostile posts by visitors and residents")
				.containsExactly(before);
		requests += fuzzEveryForm(staff, failures);
		assertThat(requests).isGreaterThan(200);
		assertThat(failures).as("fuzz failures (" + requests + " requests in "
				+ (System.currentTimeMillis() - started) / 1000 + " s)").isEmpty();
	}

	/** The 500s the fuzzing found, one line each (fixed in UnreadableParametersFilter and RequestReader). */
	@Test
	void theInputsThatOnceGaveA500AreNowAnsweredProperly() {
		var web = session();
		assertThat(web.get("/courses?q=%FF%FE").statusCode()).as("invalid UTF-8").isEqualTo(400);
		assertThat(web.get("/circles?q=%82%DC%82%C8%82%D1").statusCode()).as("Shift_JIS").isEqualTo(400);
		assertThat(web.get("/courses?q=a%00b").statusCode()).as("NUL").isEqualTo(400);
		assertThat(web.get("/courses?q=a%00b").body()).contains("リクエストの内容に誤りがあります");
		assertThat(web.get("/volunteers?group=language").statusCode()).as("skill group filter").isEqualTo(200);
		var big = web.post("/password/forgot", Map.of("email", "a".repeat(3 * ONE_MB)));
		assertThat(big.statusCode()).as("a form body over maxPostSize").isEqualTo(400);
	}

	@Test
	void twentyMegabyteBodiesAreRefusedWithoutA500() throws Exception {
		var web = signedIn(Actor.STAFF);
		byte[] big = new byte[20 * ONE_MB];
		java.util.Arrays.fill(big, (byte) 'a');
		// A form post and an upload (multipart) of 20 MB each.
		String token = web.csrfFrom("/mypage/profile");
		byte[] formBody = concat(("_csrf=" + token + "&displayName=").getBytes(StandardCharsets.US_ASCII), big);
		assertNoServerError(raw(web, "/mypage/profile", "application/x-www-form-urlencoded", formBody), "form 20 MB");
		String boundary = "fuzz" + System.nanoTime();
		var multipart = new ByteArrayOutputStream();
		multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		multipart.writeBytes(big);
		multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		assertNoServerError(raw(web, "/admin/courses/import", "multipart/form-data; boundary=" + boundary,
				multipart.toByteArray()), "upload 20 MB");
	}

	private int fuzzEveryForm(WebSession web, List<String> failures) throws Exception {
		int requests = 0;
		for (Form form : discoverForms(web)) {
			if (form.fields().isEmpty() || NOT_POSTED.contains(form.action())) {
				continue;
			}
			for (var kind : HOSTILE.entrySet()) {
				requests++;
				check(failures, form, kind.getKey(), send(web, form, kind.getValue()));
			}
			requests += 3;
			check(failures, form, "1 MB", send(web, form, "あ".repeat(ONE_MB / 3)));
			check(failures, form, "invalid UTF-8", sendEncoded(web, form, "%FF%FE%C0%AF%ED%A0%80"));
			check(failures, form, "Shift_JIS", sendEncoded(web, form,
					URLEncoder.encode("まなびポータル", Charset.forName("Shift_JIS"))));
		}
		return requests;
	}

	private static void check(List<String> failures, Form form, String kind, HttpResponse<String> response) {
		if (response == null) {
			return;
		}
		String where = form.method() + " " + form.action() + " (from " + form.page() + ") with " + kind + ": ";
		if (response.statusCode() >= 500) {
			failures.add(where + response.statusCode());
		}
		if (response.body() != null && response.body().contains(SCRIPT)) {
			failures.add(where + "the script came back unescaped");
		}
	}

	/** Every form on every page without a path variable that this session may open. */
	private List<Form> discoverForms(WebSession web) {
		var forms = new LinkedHashMap<String, Form>();
		var pages = new LinkedHashSet<String>();
		for (var rule : PermissionMatrixTest.rules().values()) {
			if (rule.method().equals("GET") && !rule.pattern().contains("{") && !rule.pattern().endsWith(".csv")
					&& !rule.pattern().endsWith(".ics")) {
				pages.add(rule.pattern());
			}
		}
		for (String page : pages) {
			var response = web.get(page);
			if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("")
					.startsWith("text/html")) {
				continue;
			}
			var document = Jsoup.parse(response.body(), url(page));
			for (var element : document.select("form")) {
				String action = URI.create(element.absUrl("action").isEmpty() ? url(page) : element.absUrl("action"))
						.getPath();
				String method = element.attr("method").isEmpty() ? "GET" : element.attr("method").toUpperCase();
				var fields = new ArrayList<String>();
				for (var input : element.select("input[name], select[name], textarea[name]")) {
					String name = input.attr("name");
					if (!name.equals("_csrf") && !fields.contains(name) && !input.attr("type").equals("file")) {
						fields.add(name);
					}
				}
				boolean multipart = element.attr("enctype").startsWith("multipart");
				forms.putIfAbsent(method + " " + action + " " + fields, new Form(page, action, method, multipart,
						fields));
			}
		}
		return new ArrayList<>(forms.values());
	}

	private HttpResponse<String> send(WebSession web, Form form, String value) throws Exception {
		var values = new LinkedHashMap<String, String>();
		form.fields().forEach(field -> values.put(field, value));
		if (form.method().equals("GET")) {
			var query = new StringBuilder();
			values.forEach((k, v) -> query.append(query.isEmpty() ? "?" : "&").append(encode(k)).append('=')
					.append(encode(v.length() > 2000 ? v.substring(0, 2000) : v)));
			return web.get(form.action() + query);
		}
		values.put("_csrf", web.csrfFrom(form.page()));
		if (form.multipart()) {
			String boundary = "fuzz" + System.nanoTime();
			var body = new ByteArrayOutputStream();
			for (var entry : values.entrySet()) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + entry.getKey()
						+ "\"\r\n\r\n" + entry.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return raw(web, form.action(), "multipart/form-data; boundary=" + boundary, body.toByteArray());
		}
		return web.post(form.action(), values);
	}

	/** The fields' values as already-encoded bytes, e.g. invalid UTF-8 sequences. */
	private HttpResponse<String> sendEncoded(WebSession web, Form form, String encoded) throws Exception {
		var body = new StringBuilder();
		for (String field : form.fields()) {
			body.append(encode(field)).append('=').append(encoded).append('&');
		}
		if (form.method().equals("GET")) {
			return web.get(form.action() + "?" + body);
		}
		body.append("_csrf=").append(encode(web.csrfFrom(form.page())));
		return raw(web, form.action(), "application/x-www-form-urlencoded; charset=UTF-8",
				body.toString().getBytes(StandardCharsets.US_ASCII));
	}

	private HttpResponse<String> raw(WebSession web, String path, String contentType, byte[] body) {
		var client = HttpClient.newBuilder().cookieHandler(web.cookies()).followRedirects(HttpClient.Redirect.NEVER)
				.build();
		try {
			return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html")
					.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			// The server may close the connection on a body past its limits: a refusal, not an error page.
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void assertNoServerError(HttpResponse<String> response, String what) {
		if (response != null) {
			assertThat(response.statusCode()).as(what).isLessThan(500);
		}
	}

	private WebSession signedIn(Actor actor) {
		var web = session();
		TestAccounts.Created person = switch (actor) {
			case RES -> accounts.resident();
			case STAFF -> accounts.admin();
			default -> null;
		};
		if (person != null) {
			web.logIn(person.email(), person.password());
		}
		return web;
	}

	private long[] counts() {
		return new long[] { count("account"), count("course"), count("circle") };
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		var out = new ByteArrayOutputStream(a.length + b.length);
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
