package jp.manabi.portal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

/**
 * Residents browsing and searching, signed out: each virtual resident goes round the public
 * pages for the whole run — the home page, a course search (the keyword and facet mix of the
 * course-search benchmarks), one of the courses found, a circle search with a keyword and an area,
 * one of the circles found, the plan overview and one of its nodes — with a think time between
 * pages. A closed system: N residents at a time; the throughput is what the portal serves them.
 *
 * <p>System properties: {@code portal.url}; {@code benchmark.users} (32);
 * {@code benchmark.seconds} (60); {@code benchmark.thinkMillis} (500, the mean pause between
 * pages, spread ±50 %).
 */
public class ResidentBrowsingSimulation extends Simulation {

	static final List<String> CIRCLE_WORDS = List.of("書道", "俳句", "写真", "合唱", "太極拳", "英会話", "囲碁", "ヨガ",
			"手話", "料理", "園芸", "歴史");

	static final List<String> AREAS = List.of("ikebukuro", "mejiro", "sugamo", "otsuka", "komagome", "nagasaki");

	private final int users = CourseSearchMix.intProperty("benchmark.users", 32);
	private final int seconds = CourseSearchMix.intProperty("benchmark.seconds", 60);
	private final int thinkMillis = CourseSearchMix.intProperty("benchmark.thinkMillis", 500);

	{
		ChainBuilder round = exec(http("home").get("/").check(status().is(200)))
				.pause(this::think)
				.exec(CourseSearchMix.searchKeepingACourse())
				.pause(this::think)
				.doIf(session -> session.contains("course")).then(
						exec(http("course page").get("#{course}").check(status().is(200))).pause(this::think))
				.exec(session -> session.set("word", pick(CIRCLE_WORDS)).set("area", pick(AREAS)))
				.exec(http("circle search").get("/circles").queryParam("q", "#{word}").queryParam("area", "#{area}")
						.check(status().is(200), css("a[href^='/circles/']", "href").findRandom().optional()
								.saveAs("circle")))
				.pause(this::think)
				.doIf(session -> session.contains("circle") && session.getString("circle").matches("/circles/\\d+"))
				.then(exec(http("circle page").get("#{circle}").check(status().is(200))).pause(this::think))
				.exec(http("plan overview").get("/plan")
						.check(status().is(200), css("a[href^='/plan/toshima/']", "href").findRandom().optional()
								.saveAs("node")))
				.pause(this::think)
				.doIf(session -> session.contains("node")).then(
						exec(http("plan node page").get("#{node}").check(status().is(200))).pause(this::think))
				.exec(session -> session.remove("course").remove("circle").remove("node"));

		var browsing = scenario(users + " residents browsing for " + seconds + " s")
				.during(Duration.ofSeconds(seconds)).on(round);
		setUp(browsing.injectOpen(atOnceUsers(users))).protocols(CourseSearchMix.protocol())
				.maxDuration(Duration.ofSeconds(seconds + 30));
	}

	private Duration think(Session session) {
		return Duration.ofMillis(thinkMillis / 2 + ThreadLocalRandom.current().nextInt(thinkMillis + 1));
	}

	private static String pick(List<String> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}
}
