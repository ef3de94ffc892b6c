package jp.manabi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.security.SecurityFixtures.Actor;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/**
 * Hostile, oversized and mis-encoded input to every form and every search parameter (forms found in
 * the rendered pages with jsoup: their action and field names). Pages without an id in the address
 * are fuzzed as a visitor, a resident and staff, each a fresh account; pages with ids are fuzzed in
 * a world of their own ({@link SecurityFixtures#freshWorld()}) by each record's owner, leader,
 * counselor, organisation and administrator, so nothing the permission matrix relies on is
 * touched. Expected: never a 500, the script payload never comes back unescaped, the resident's and
 * visitor's hostile posts create no account, course or circle, and the matrix's world is unchanged.
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

	/**
	 * Forms on pages with ids that are not posted: they end the poster's own session or account
	 * (the fuzzing goes on in that session), or they change records shared by the whole test run
	 * (plans, categories, venues, skills) rather than the fuzz test's own world.
	 */
	private static final Pattern NOT_POSTED_WITH_IDS = Pattern.compile(
			"/logout|/mypage/(delete|sessions|security|two-factor).*|/admin/accounts.*"
					+ "|/admin/(plans|courses/categories|venues|volunteers/skills)/.*");

	/** Path variables whose records belong to every test (see SecurityFixtures): not fuzzed. */
	private static final Pattern SHARED_RECORDS = Pattern.compile(
			"\\{(planCode|nodeCode|nodeId|indicatorId|code)}|/skills/|/venues/|/categories/");

	/** Who fuzzes the pages with ids, in this order: the administrator last, as it may close things. */
	private static final List<Actor> OWNERS = List.of(Actor.RES, Actor.LEADER, Actor.COUNSELOR, Actor.ORG,
			Actor.STAFF, Actor.ADMIN);

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

	@Test
	void formsOnPagesWithIdsAnswerTheirOwnersWithoutA500OrReflectedScript() throws Exception {
		var failures = new ArrayList<String>();
		String sharedWorld = fixtures.world();
		var world = fixtures.freshWorld();
		int requests = 0;
		int pages = 0;
		for (Actor actor : OWNERS) {
			var web = session();
			var person = world.people().get(actor);
			web.logIn(person.email(), person.password());
			var actorPages = pagesWithIds(actor, world.ids());
			pages += actorPages.size();
			requests += fuzz(web, discoverForms(web, actorPages), NOT_POSTED_WITH_IDS, failures);
		}
		assertThat(pages).as("pages with ids opened by their owners").isGreaterThan(40);
		assertThat(requests).as("hostile requests to forms on pages with ids").isGreaterThan(200);
		assertThat(fixtures.world()).as("the permission matrix's world, untouched").isEqualTo(sharedWorld);
		assertThat(failures).as("fuzz failures on pages with ids (" + requests + " requests)").isEmpty();
	}

	/** The GET pages with path variables this actor may open, filled with the world's ids. */
	private static List<String> pagesWithIds(Actor actor, Map<String, String> ids) {
		var pages = new ArrayList<String>();
		for (var rule : PermissionMatrixTest.rules().values()) {
			String pattern = rule.pattern();
			if (rule.method().equals("GET") && pattern.contains("{") && "200".equals(rule.answers().get(actor))
					&& !SHARED_RECORDS.matcher(pattern).find() && !pattern.endsWith(".csv")
					&& !pattern.endsWith(".ics") && !pattern.endsWith(".xlsx")) {
				pages.add(PermissionMatrixTest.fill(pattern, ids));
			}
		}
		return pages;
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
		return fuzz(web, discoverForms(web, pagesWithoutIds()), null, failures);
	}

	private int fuzz(WebSession web, List<Form> forms, Pattern notPosted, List<String> failures) throws Exception {
		int requests = 0;
		for (Form form : forms) {
			if (form.fields().isEmpty() || NOT_POSTED.contains(form.action())
					|| (notPosted != null && !form.method().equals("GET")
							&& notPosted.matcher(form.action()).matches())) {
				continue;
			}
			var values = new LinkedHashMap<String, Callable<HttpResponse<String>>>();
			HOSTILE.forEach((kind, value) -> values.put(kind, () -> send(web, form, value)));
			values.put("1 MB", () -> send(web, form, "あ".repeat(ONE_MB / 3)));
			values.put("invalid UTF-8", () -> sendEncoded(web, form, "%FF%FE%C0%AF%ED%A0%80"));
			values.put("Shift_JIS", () -> sendEncoded(web, form,
					URLEncoder.encode("まなびポータル", Charset.forName("Shift_JIS"))));
			for (var kind : values.entrySet()) {
				requests++;
				try {
					check(failures, form, kind.getKey(), kind.getValue().call());
				}
				catch (UncheckedIOException broken) {
					// The server gave up in the middle of its answer: as bad as a 500.
					failures.add(form.method() + " " + form.action() + " (from " + form.page() + ") with "
							+ kind.getKey() + ": answer broken off (" + broken.getCause().getMessage() + ")");
				}
			}
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

	/** Every page without a path variable. */
	private static List<String> pagesWithoutIds() {
		var pages = new LinkedHashSet<String>();
		for (var rule : PermissionMatrixTest.rules().values()) {
			if (rule.method().equals("GET") && !rule.pattern().contains("{") && !rule.pattern().endsWith(".csv")
					&& !rule.pattern().endsWith(".ics")) {
				pages.add(rule.pattern());
			}
		}
		return new ArrayList<>(pages);
	}

	/** Every form on the given pages that this session may open. */
	private List<Form> discoverForms(WebSession web, List<String> pages) {
		var forms = new LinkedHashMap<String, Form>();
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
