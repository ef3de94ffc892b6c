package jp.manabi.portal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What both course-search benchmarks request: the course list with a Japanese keyword and two
 * facets, sorted by date, first page. Keywords and facet pairs rotate, so consecutive requests
 * differ but every run sends the same sequence.
 *
 * <p>System properties: {@code portal.url} (default http://localhost:8080).
 */
final class CourseSearchMix {

	static final String BASE_URL = System.getProperty("portal.url", "http://localhost:8080");

	/** Keyword and the category it belongs to, so that the category facet narrows rather than empties. */
	static final List<String[]> KEYWORDS = List.of(new String[] { "防災", "disaster" },
			new String[] { "英語", "language" }, new String[] { "パソコン", "it" }, new String[] { "子育て", "parenting" },
			new String[] { "手話", "welfare" }, new String[] { "スマホ", "it" }, new String[] { "歴史", "history" },
			new String[] { "ヨガ", "health" });

	/** Pairs of facets: name, value, name, value; "#category" stands for the keyword's category. */
	static final List<String[]> FACET_PAIRS = List.of(
			new String[] { "category", "#category", "time", "EVENING" },
			new String[] { "time", "MORNING", "free", "true" },
			new String[] { "accepting", "true", "weekend", "true" },
			new String[] { "category", "#category", "accepting", "true" },
			new String[] { "time", "AFTERNOON", "childcare", "true" },
			new String[] { "free", "true", "accepting", "true" },
			new String[] { "online", "true", "time", "EVENING" },
			new String[] { "audience", "SENIORS", "day", "SATURDAY" },
			new String[] { "area", "ikebukuro", "free", "true" },
			new String[] { "day", "WEDNESDAY", "accepting", "true" });

	private CourseSearchMix() {
	}

	static HttpProtocolBuilder protocol() {
		// No HTTP cache: every request must make the portal search, never be answered with a 304.
		return http.baseUrl(BASE_URL)
				.disableCaching()
				.acceptHeader("text/html,application/xhtml+xml")
				.acceptLanguageHeader("ja")
				.userAgentHeader("manabi-portal benchmark (Gatling)");
	}

	/** One search: the next keyword and facet pair from a sequence shared by all virtual users. */
	static ChainBuilder search() {
		return feed(records()).exec(http("course list: keyword + 2 facets").get("/courses")
				.queryParam("q", "#{q}")
				.queryParam("#{facet1}", "#{value1}")
				.queryParam("#{facet2}", "#{value2}")
				.queryParam("sort", "date")
				.queryParam("page", "0")
				.check(status().is(200)));
	}

	/** The same search, keeping one of the courses found (session attribute {@code course}) for a next page. */
	static ChainBuilder searchKeepingACourse() {
		return feed(records()).exec(http("course search: keyword + 2 facets").get("/courses")
				.queryParam("q", "#{q}")
				.queryParam("#{facet1}", "#{value1}")
				.queryParam("#{facet2}", "#{value2}")
				.queryParam("sort", "date")
				.queryParam("page", "0")
				.check(status().is(200), css("li.course-card h2 a", "href").findRandom().optional().saveAs("course")));
	}

	private static final AtomicLong NEXT = new AtomicLong();

	private static Iterator<Map<String, Object>> records() {
		return Stream.generate(() -> record(NEXT.getAndIncrement())).iterator();
	}

	static Map<String, Object> record(long n) {
		var keyword = KEYWORDS.get((int) (n % KEYWORDS.size()));
		var facets = FACET_PAIRS.get((int) (n / KEYWORDS.size() % FACET_PAIRS.size()));
		return Map.of("q", keyword[0], "facet1", facets[0], "value1", value(facets[1], keyword), "facet2", facets[2],
				"value2", value(facets[3], keyword));
	}

	private static String value(String value, String[] keyword) {
		return "#category".equals(value) ? keyword[1] : value;
	}

	static int intProperty(String name, int defaultValue) {
		return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
	}
}
