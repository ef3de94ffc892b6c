package jp.manabi.portal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.Simulation;

/**
 * A lottery entry wave: N residents (default 5 000, {@code resident-<first>…}) log in over the
 * login ramp, then within the wave (default 60 s) each enters one of the open lottery courses
 * (resident n → course n mod count) through the real pages: form, review, submission. Entries
 * are not limited by capacity, so every submission must succeed. Afterwards, given
 * {@code benchmark.jdbcUrl}, it counts the entries per course in the database and any resident
 * with two entries for one course.
 *
 * <p>Data: the portal started with {@code --portal.generate.residents=50000
 * --portal.generate.lottery-courses=50} (docs/benchmarks.md, "Large municipality"). System
 * properties: {@code portal.url}; {@code benchmark.residents} (5000); {@code benchmark.firstResident}
 * (20001); {@code benchmark.loginSeconds} (120); {@code benchmark.waveSeconds} (60);
 * {@code benchmark.lotteryFile} (data/benchmark/lottery-courses.csv); {@code benchmark.jdbcUrl}.
 */
public class LotteryWaveSimulation extends Simulation {

	private final int residents = CourseSearchMix.intProperty("benchmark.residents", 5000);
	private final int firstResident = CourseSearchMix.intProperty("benchmark.firstResident", 20001);
	private final int loginSeconds = CourseSearchMix.intProperty("benchmark.loginSeconds", 120);
	private final int waveSeconds = CourseSearchMix.intProperty("benchmark.waveSeconds", 60);
	private final List<Long> courses = LoadSupport.ids(
			Path.of(System.getProperty("benchmark.lotteryFile", "data/benchmark/lottery-courses.csv")),
			"start the portal with --portal.generate.lottery-courses=50 first");
	private final AtomicInteger nextResident = new AtomicInteger();
	private final long waveStartsAt = System.currentTimeMillis() + (loginSeconds + 15) * 1000L;

	{
		var wave = scenario(residents + " residents enter " + courses.size() + " lotteries within " + waveSeconds + " s")
				.exec(session -> {
					int n = nextResident.incrementAndGet();
					return session.set("email", "resident-" + (firstResident + n - 1) + "@bench.manabi.example")
							.set("courseId", courses.get((n - 1) % courses.size()));
				})
				.exec(LoadSupport.logIn())
				// Someone who could not log in does not apply (their failed login is in the figures).
				.exitHereIfFailed()
				.pause(session -> Duration.ofMillis(Math.max(0, waveStartsAt
						+ ThreadLocalRandom.current().nextLong(waveSeconds * 1000L) - System.currentTimeMillis())))
				.group("lottery entry").on(exec(
						http("enter: form").get("/courses/#{courseId}/apply")
								.check(css("form[action$='/apply/confirm'] input[name=_csrf]", "value").saveAs("csrf")),
						http("enter: review").post("/courses/#{courseId}/apply/confirm")
								.formParam("_csrf", "#{csrf}")
								.formParam("needs", "")
								.check(css("form[action$='/apply'] input[name=_csrf]", "value").saveAs("csrf")),
						http("enter: submit").post("/courses/#{courseId}/apply")
								.formParam("_csrf", "#{csrf}")
								.formParam("needs", "")
								.disableFollowRedirect()
								.check(status().is(302), header("Location").find()
										.transform(l -> l.contains("/mypage/applications/")).is(true))));
		setUp(wave.injectOpen(rampUsers(residents).during(Duration.ofSeconds(loginSeconds))))
				.protocols(CourseSearchMix.protocol())
				.maxDuration(Duration.ofSeconds(loginSeconds + 15 + waveSeconds + 120));
	}

	@Override
	public void after() {
		try (Connection connection = LoadSupport.database()) {
			if (connection == null) {
				return;
			}
			try (var statement = connection.prepareStatement("""
					select count(*) as entries, count(distinct course_id) as courses,
					       count(*) - count(distinct (course_id, account_id)) as duplicates,
					       count(*) filter (where status <> 'ENTERED') as not_entered
					from course_application where course_id = any (?)""")) {
				statement.setArray(1, connection.createArrayOf("bigint", courses.toArray()));
				try (var rows = statement.executeQuery()) {
					rows.next();
					System.out.printf("Lottery check: %d entries in %d courses, %d duplicate entries, %d not ENTERED%n",
							rows.getLong("entries"), rows.getLong("courses"), rows.getLong("duplicates"),
							rows.getLong("not_entered"));
				}
			}
		}
		catch (SQLException ex) {
			System.out.println("Lottery check failed: " + ex.getMessage());
		}
	}
}
