package jp.manabi.portal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * Scenario (a): one client sends 200 course-list requests one after the other (keyword + two
 * facets, rotating). Measures latency without contention. No assertions: the figures are recorded
 * in docs/benchmarks.md, not judged.
 *
 * <p>System properties: {@code portal.url}; {@code benchmark.requests} (default 200).
 */
public class CourseSearchSequentialSimulation extends Simulation {

	{
		int requests = CourseSearchMix.intProperty("benchmark.requests", 200);
		var oneClient = scenario("course search, 1 client, " + requests + " sequential requests")
				.repeat(requests).on(CourseSearchMix.search());
		setUp(oneClient.injectOpen(atOnceUsers(1))).protocols(CourseSearchMix.protocol());
	}
}
