package jp.manabi.portal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;

import io.gatling.javaapi.core.Simulation;

/**
 * Scenario (b): 16 clients search at the same time for 30 seconds, each sending its next
 * request as soon as the previous one is answered (a closed system: throughput is what the portal
 * sustains). Same request mix as the sequential scenario. No assertions.
 *
 * <p>System properties: {@code portal.url}; {@code benchmark.users} (default 16);
 * {@code benchmark.seconds} (default 30).
 */
public class CourseSearchConcurrentSimulation extends Simulation {

	{
		int users = CourseSearchMix.intProperty("benchmark.users", 16);
		var seconds = Duration.ofSeconds(CourseSearchMix.intProperty("benchmark.seconds", 30));
		var clients = scenario("course search, " + users + " concurrent clients for " + seconds.toSeconds() + " s")
				.during(seconds).on(CourseSearchMix.search());
		setUp(clients.injectOpen(atOnceUsers(users))).protocols(CourseSearchMix.protocol())
				.maxDuration(seconds.plusSeconds(30));
	}
}
