package jp.manabi.portal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.Simulation;

/**
 * The 9:00 rush on first-come courses: N distinct residents (default 2 000) log in over the
 * login ramp, then all apply within the rush window (default 60 s) to 20 first-come courses of 30
 * places, each through the real pages: the form, the review step, the submission. The "rush"
 * group's figures are the ones recorded; the logins before it are not part of the target.
 * Afterwards, given {@code benchmark.jdbcUrl}, it counts confirmed places per course straight in
 * the database and prints any course that was oversold.
 *
 * <p>Data: start the portal with {@code --portal.generate.rush=2000} (docs/benchmarks.md).
 * System properties: {@code portal.url}; {@code benchmark.residents} (2000);
 * {@code benchmark.loginSeconds} (120); {@code benchmark.rushSeconds} (60);
 * {@code benchmark.rushFile} (data/benchmark/rush-courses.csv); {@code benchmark.jdbcUrl}.
 */
public class ApplicationRushSimulation extends Simulation {

	private static final String PASSWORD = "rush benchmark password 2026";

	private final int residents = CourseSearchMix.intProperty("benchmark.residents", 2000);
	private final int loginSeconds = CourseSearchMix.intProperty("benchmark.loginSeconds", 120);
	private final int rushSeconds = CourseSearchMix.intProperty("benchmark.rushSeconds", 60);
	private final List<Long> courses = courses(Path.of(System.getProperty("benchmark.rushFile",
			"data/benchmark/rush-courses.csv")));
	private final AtomicInteger nextResident = new AtomicInteger();
	/** Everyone is logged in before this moment; the rush starts at it. */
	private final long rushStartsAt = System.currentTimeMillis() + (loginSeconds + 15) * 1000L;

	{
		var rush = scenario(residents + " residents, " + courses.size() + " first-come courses, rush over "
				+ rushSeconds + " s")
				.exec(session -> {
					int n = nextResident.incrementAndGet();
					return session.set("n", n).set("courseId", courses.get((n - 1) % courses.size()));
				})
				.exec(http("log in: form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
				.exec(http("log in").post("/login")
						.formParam("email", "rush-#{n}@bench.manabi.example")
						.formParam("password", PASSWORD)
						.formParam("_csrf", "#{csrf}")
						.check(currentLocation().transform(url -> url.endsWith("/mypage")).is(true)))
				.pause(session -> Duration.ofMillis(Math.max(0, rushStartsAt
						+ ThreadLocalRandom.current().nextLong(rushSeconds * 1000L) - System.currentTimeMillis())))
				.group("rush").on(exec(
						http("apply: form").get("/courses/#{courseId}/apply")
								.check(css("form[action$='/apply/confirm'] input[name=_csrf]", "value").saveAs("csrf")),
						http("apply: review").post("/courses/#{courseId}/apply/confirm")
								.formParam("_csrf", "#{csrf}")
								.formParam("needs", "")
								.check(css("form[action$='/apply'] input[name=_csrf]", "value").saveAs("csrf")),
						http("apply: submit").post("/courses/#{courseId}/apply")
								.formParam("_csrf", "#{csrf}")
								.formParam("needs", "")
								.disableFollowRedirect()
								.check(status().is(302), header("Location").find().transform(l -> l.contains("/mypage/applications/")).is(true))));
		setUp(rush.injectOpen(rampUsers(residents).during(Duration.ofSeconds(loginSeconds))))
				.protocols(CourseSearchMix.protocol())
				.maxDuration(Duration.ofSeconds(loginSeconds + 15 + rushSeconds + 120));
	}

	@Override
	public void after() {
		String url = System.getProperty("benchmark.jdbcUrl");
		if (url == null) {
			System.out.println("Rush check skipped: no -Dbenchmark.jdbcUrl");
			return;
		}
		try (var connection = DriverManager.getConnection(url, System.getProperty("benchmark.jdbcUser", "postgres"),
				System.getProperty("benchmark.jdbcPassword", "postgres"));
				var statement = connection.prepareStatement("""
						select c.id, c.capacity,
						       count(*) filter (where a.status = 'CONFIRMED') as confirmed,
						       count(*) filter (where a.status = 'WAITING') as waiting
						from course c left join course_application a on a.course_id = c.id
						where c.id = any (?) group by c.id, c.capacity order by c.id""")) {
			statement.setArray(1, connection.createArrayOf("bigint", courses.toArray()));
			int oversold = 0;
			long confirmed = 0;
			long waiting = 0;
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					confirmed += rows.getLong("confirmed");
					waiting += rows.getLong("waiting");
					if (rows.getLong("confirmed") > rows.getLong("capacity")) {
						oversold++;
						System.out.println("OVERSOLD course " + rows.getLong("id") + ": " + rows.getLong("confirmed"));
					}
				}
			}
			System.out.printf("Rush check: %d courses, %d confirmed, %d waiting, %d oversold%n", courses.size(),
					confirmed, waiting, oversold);
		}
		catch (SQLException ex) {
			System.out.println("Rush check failed: " + ex.getMessage());
		}
	}

	private static List<Long> courses(Path file) {
		try {
			return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank()).map(Long::valueOf).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no course list at " + file.toAbsolutePath()
					+ ": start the portal with --portal.generate.rush=2000 first", ex);
		}
	}
}
