package jp.manabi.portal.report.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.circle.domain.ActivityKind;
import jp.manabi.portal.circle.domain.ActivityTestCircles;
import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.course.domain.VenueService;
import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.shared.csv.CsvWriter;
import jp.manabi.portal.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data files: what they contain (only public events), their formats (the dataset's
 * columns, BOM, CRLF, RFC 4180 quoting; JSON with the licence; folded iCalendar lines), their
 * caching headers, and a 400 page for a bad range.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataTest extends IntegrationTest {

	private static final String TOKEN = "OD" + System.nanoTime();

	@Autowired
	CourseService courses;
	@Autowired
	VenueService venues;
	@Autowired
	ActivityTestCircles circles;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper jsonMapper;
	@Autowired
	MunicipalityProperties municipality;
	@Autowired
	OpenDataFiles files;

	private final HttpClient http = HttpClient.newHttpClient();

	private long published;
	private long draft;
	private long cancelled;
	private String listedEvent;
	private String listedMeeting;
	private String cancelledEvent;
	private String unlistedEvent;
	private long listedEventId;
	private long listedCircle;

	/** A published course of two sessions with a comma, quotes and a line break; one draft; one cancelled. */
	@BeforeAll
	void someEvents() {
		long venue = venues.create(new VenueService.VenueDetails("試験会館 " + TOKEN, null, "第1会議室", "豊島区南池袋1-2-3",
				"池袋駅から徒歩5分", null, "minami-ikebukuro"));
		var start = LocalDate.now(Course.ZONE).plusWeeks(3);
		var sessions = List.of(new SessionTime(start, LocalTime.of(10, 0), LocalTime.of(12, 0)),
				new SessionTime(start.plusWeeks(1), LocalTime.of(18, 30), LocalTime.of(20, 0)));
		published = courses.create(details("公開講座, \"はじめての\" " + TOKEN, "一行目\n二行目。" + "長い説明です。".repeat(20),
				venue), sessions);
		courses.publish(published);
		draft = courses.create(details("下書き講座 " + TOKEN, "下書きです。", venue), sessions);
		cancelled = courses.create(details("中止講座 " + TOKEN, "中止です。", venue), sessions);
		courses.publish(cancelled);
		courses.cancel(cancelled, "講師の都合により中止します。", null);

		long leader = accounts.resident().id();
		listedCircle = circles.registered(leader, "公開サークル " + TOKEN);
		long pending = circles.pending(leader, "審査中サークル " + TOKEN);
		var day = LocalDate.now(Course.ZONE).plusDays(10);
		listedEventId = circles.activity(listedCircle, leader, ActivityKind.EVENT, day, 20, true);
		listedEvent = circles.title(listedEventId);
		listedMeeting = circles.title(circles.activity(listedCircle, leader, ActivityKind.MEETING, day, null, false));
		long toCancel = circles.activity(listedCircle, leader, ActivityKind.EVENT, day, 20, false);
		cancelledEvent = circles.title(toCancel);
		// circle_activity is not in the search index: a plain update is safe here.
		jdbc.sql("update circle_activity set cancelled = true where id = :id").param("id", toCancel).update();
		unlistedEvent = circles.title(circles.activity(pending, leader, ActivityKind.EVENT, day, 20, false));
	}

	private static CourseDetails details(String title, String summary, long venue) {
		var now = Instant.now();
		return new CourseDetails(title, "Open data course " + TOKEN, summary, null, "", "it", OrganizerType.DEPARTMENT,
				"学習・スポーツ課", venue, false, 24, 1500, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(7)),
				SelectionMethod.FIRST_COME, Eligibility.ANYONE, null, null, true, 5, 1, 6, false, false,
				EnumSet.of(Audience.EVERYONE));
	}

	@Test
	void csvStartsWithTheBomHasTheDatasetsColumnsAndOnlyPublicEvents() throws Exception {
		var response = fetch("/opendata/events.csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase(
				"text/csv;charset=UTF-8");
		byte[] body = response.body();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		assertThat(text).endsWith("\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\r");

		var rows = parse(text);
		assertThat(rows.get(0)).containsExactlyElementsOf(OpenDataFiles.COLUMNS);
		assertThat(rows.get(0)).startsWith("都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "イベント名");
		assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(OpenDataFiles.COLUMNS.size()));

		var ours = rows.stream().filter(row -> row.get(4).contains(TOKEN) || row.get(4).equals(listedEvent)
				|| row.get(4).equals(listedMeeting) || row.get(4).equals(cancelledEvent)
				|| row.get(4).equals(unlistedEvent)).toList();
		assertThat(ours).extracting(row -> row.get(1)).containsExactlyInAnyOrder("course-" + published + "-session-1",
				"course-" + published + "-session-2", "circle-event-" + listedEventId);

		var first = ours.stream().filter(row -> row.get(1).equals("course-" + published + "-session-1")).findFirst()
				.orElseThrow();
		assertThat(first.get(0)).isEqualTo("131164");
		assertThat(first.get(2)).isEqualTo("東京都");
		assertThat(first.get(3)).isEqualTo(municipality.nameJa());
		assertThat(first.get(6)).isEqualTo("Open data course " + TOKEN);
		assertThat(first.get(7)).isEqualTo(LocalDate.now(Course.ZONE).plusWeeks(3).toString());
		assertThat(first.get(9)).isEqualTo("10:00");
		assertThat(first.get(10)).isEqualTo("12:00");
		assertThat(first.get(11)).isEqualTo("全2回のうち第1回");
		assertThat(first.get(13)).isEqualTo("1500");
		assertThat(first.get(19)).isEqualTo("試験会館 " + TOKEN);
		assertThat(first.get(20)).isEqualTo("豊島区南池袋1-2-3");
		assertThat(first.get(21)).isEqualTo("第1会議室");
		assertThat(first.get(26)).isEqualTo("24");
		assertThat(first.get(30)).endsWith("/courses/" + published);
		assertThat(first.get(31)).contains("託児あり");

		var circleRow = ours.stream().filter(row -> row.get(1).startsWith("circle-event-")).findFirst().orElseThrow();
		assertThat(circleRow.get(18)).isEqualTo("公開サークル " + TOKEN);
		assertThat(circleRow.get(15)).as("no leader's contact").isEmpty();
		assertThat(circleRow.get(30)).endsWith("/circles/" + listedCircle + "/activities/" + listedEventId);
		// Nothing about the people: no applicant counts, leaders' addresses or names leak into any row.
		assertThat(text).doesNotContain("@test.manabi.example");
	}

	@Test
	void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
		String text = new String(fetch("/opendata/events.csv").body(), StandardCharsets.UTF_8);
		assertThat(text).contains("\"公開講座, \"\"はじめての\"\" " + TOKEN + "\"");
		assertThat(text).contains("\"一行目\n二行目。");
		assertThat(CsvWriter.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvWriter.quote("-5")).isEqualTo("\"-5\"");
		assertThat(CsvWriter.quote(null)).isEqualTo("\"\"");
	}

	@Test
	void filesAreCacheableWithALicenceLinkAndAnEtag() throws Exception {
		for (String file : List.of("/opendata/events.csv", "/opendata/events.json", "/opendata/events.ics")) {
			var response = fetch(file);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("max-age=900, public");
			assertThat(response.headers().firstValue("Link").orElseThrow())
					.isEqualTo("<https://creativecommons.org/licenses/by/4.0/deed.ja>; rel=\"license\"");
			String etag = response.headers().firstValue("ETag").orElseThrow();
			var again = http.send(HttpRequest.newBuilder(URI.create(url(file))).header("If-None-Match", etag).GET()
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(again.statusCode()).as(file).isEqualTo(304);
		}
		assertThat(fetch("/opendata/events.csv").headers().firstValue("ETag"))
				.isNotEqualTo(fetch("/opendata/events.csv?to=" + LocalDate.now(Course.ZONE).plusDays(1)).headers()
						.firstValue("ETag"));
	}

	@Test
	void jsonParsesAndCarriesTheLicence() throws Exception {
		var response = fetch("/opendata/events.json");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.isEqualToIgnoringCase("application/json;charset=UTF-8");
		JsonNode document = jsonMapper.readTree(response.body());
		assertThat(document.get("licence").get("name").asString()).isEqualTo("CC BY 4.0");
		assertThat(document.get("licence").get("url").asString()).startsWith("https://creativecommons.org/");
		assertThat(document.get("attribution").asString()).contains(municipality.nameJa());
		assertThat(document.get("generatedAt").asString()).isNotBlank();
		var ours = new ArrayList<JsonNode>();
		document.get("events").forEach(event -> {
			if (event.get("name").asString().contains(TOKEN) || event.get("name").asString().equals(listedEvent)) {
				ours.add(event);
			}
		});
		assertThat(ours).hasSize(3);
		var session = ours.stream().filter(e -> e.get("id").asString().equals("course-" + published + "-session-2"))
				.findFirst().orElseThrow();
		assertThat(session.get("start").asString())
				.isEqualTo(LocalDate.now(Course.ZONE).plusWeeks(4) + "T18:30+09:00");
		assertThat(session.get("fee").asInt()).isEqualTo(1500);
		assertThat(session.get("capacity").asInt()).isEqualTo(24);
		assertThat(session.get("nameEn").asString()).isEqualTo("Open data course " + TOKEN);
		assertThat(session.get("applicationStart").asString()).isNotBlank();
		assertThat(session.get("place").asString()).isEqualTo("試験会館 " + TOKEN);
		for (String key : List.of("name", "nameEn", "start", "end", "place", "address", "url", "fee", "capacity",
				"organizer", "applicationStart", "applicationEnd", "description")) {
			assertThat(session.has(key)).as(key).isTrue();
		}
	}

	@Test
	void calendarHasOneFoldedVeventPerEventAndTheLicence() throws Exception {
		var response = fetch("/opendata/events.ics");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.isEqualToIgnoringCase("text/calendar;charset=UTF-8");
		String text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text).contains("X-WR-CALDESC:");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		// The long description is folded: a CRLF followed by one space continues the line.
		assertThat(text).contains("\r\n ");
		String unfolded = text.replace("\r\n ", "");
		assertThat(unfolded).contains("UID:course-" + published + "-session-");
		assertThat(unfolded).contains("UID:circle-activity-" + listedEventId + "@manabi-portal");
		assertThat(unfolded).contains("CC BY 4.0");
		assertThat(unfolded.split("BEGIN:VEVENT", -1).length - 1).isEqualTo(unfolded.split("END:VEVENT", -1).length - 1);
		long ours = Arrays.stream(unfolded.split("BEGIN:VEVENT")).filter(
				e -> e.contains(TOKEN) || e.contains("SUMMARY:" + listedEvent) || e.contains("SUMMARY:" + listedMeeting)
						|| e.contains("SUMMARY:" + cancelledEvent) || e.contains("SUMMARY:" + unlistedEvent))
				.count();
		assertThat(ours).isEqualTo(3);
	}

	@Test
	void aBadRangeGetsTheBadRequestPage() throws Exception {
		var today = LocalDate.now(Course.ZONE);
		for (String query : List.of("?from=yesterday", "?to=2026-02-30", "?from=" + today.plusDays(5) + "&to=" + today,
				"?from=" + today.minusYears(3), "?to=" + today.plusYears(3), "?from=" + today + "T00:00")) {
			for (String file : List.of("csv", "json", "ics")) {
				var response = session().get("/opendata/events." + file + query);
				assertThat(response.statusCode()).as(file + query).isEqualTo(400);
				assertThat(response.body()).as(file + query).contains("リクエストの内容に誤りがあります");
			}
		}
		assertThat(fetch("/opendata/events.csv?from=" + today + "&to=" + today.plusDays(30)).statusCode())
				.isEqualTo(200);
	}

	@Test
	void theRangeNarrowsTheEvents() throws Exception {
		var day = LocalDate.now(Course.ZONE).plusWeeks(3);
		String text = new String(fetch("/opendata/events.csv?from=" + day + "&to=" + day).body(),
				StandardCharsets.UTF_8);
		assertThat(text).contains("course-" + published + "-session-1").doesNotContain(
				"course-" + published + "-session-2").doesNotContain("circle-event-" + listedEventId);
	}

	@Test
	void theLicenceIsConfigurable() {
		var settings = new OpenDataProperties("131172", "東京都", "CC0 1.0",
				"https://creativecommons.org/publicdomain/zero/1.0/deed.ja", "試験市 学習課");
		var custom = new OpenDataFiles(settings, municipality, jsonMapper);
		var range = OpenDataRange.defaultFor(LocalDate.now(Course.ZONE));
		var event = new OpenEvent("circle-event-1", OpenEvent.Kind.CIRCLE_EVENT, "circle-activity-1@manabi-portal", "試験",
				null, LocalDate.now(Course.ZONE), LocalTime.of(10, 0), LocalTime.of(11, 0), 1, 1, "説明", 0, "試験の会",
				"区民ひろば", null, null, null, false, null, null, null, "http://localhost/circles/1/activities/1",
				List.of());
		JsonNode document = jsonMapper.readTree(custom.json(List.of(event), range, Instant.now()));
		assertThat(document.get("licence").get("name").asString()).isEqualTo("CC0 1.0");
		assertThat(document.get("attribution").asString()).isEqualTo("試験市 学習課");
		String ics = new String(custom.ics(List.of(event), Instant.now()), StandardCharsets.UTF_8).replace("\r\n ", "");
		assertThat(ics).contains("CC0 1.0").contains("試験市 学習課");
		assertThat(new String(custom.csv(List.of(event)), StandardCharsets.UTF_8)).contains("\"131172\"");
		assertThat(custom.etag("csv", custom.csv(List.of(event)), range))
				.isNotEqualTo(files.etag("csv", custom.csv(List.of(event)), range));
		// The running app's default.
		assertThat(files.settings().licenceName()).isEqualTo("CC BY 4.0");
	}

	@Test
	void thePageIsPublicInBothLanguagesAndTheFooterLinksIt() {
		var ja = session().get("/opendata");
		assertThat(ja.statusCode()).isEqualTo(200);
		assertThat(ja.body()).contains("オープンデータ（講座・イベント一覧）").contains("CC BY 4.0")
				.contains("/opendata/events.csv").contains("/opendata/events.json").contains("/opendata/events.ics")
				.contains("都道府県コード又は市区町村コード");
		var en = session().acceptLanguage("en").get("/opendata");
		assertThat(en.body()).contains("Open data (courses and events)").contains("CC BY 4.0");
		assertThat(session().get("/").body()).contains("href=\"/opendata\"");
	}

	private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** RFC 4180: quoted fields with doubled quotes, line breaks inside quotes, CRLF between rows. */
	static List<List<String>> parse(String text) {
		var rows = new ArrayList<List<String>>();
		var row = new ArrayList<String>();
		var field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		return rows;
	}
}
