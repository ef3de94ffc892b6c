package jp.manabi.portal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Path;
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
 *
 * <p>Issue 11 (a large municipality): {@code benchmark.emailPrefix} ({@code rush-}; {@code resident-}
 * for the residents of MunicipalityGenerator) and {@code benchmark.firstResident} (1) choose the
 * accounts; {@code benchmark.staff} (0) staff ({@code staff-<n>@bench.manabi.example}) work their
 * admin pages during the logins and the rush: the course list, a rush course's applications,
 * roster and edit page, and every fourth round the report dashboard, 1–3 s apart. Logins answer
 * the two-factor step when the portal asks for it (LoadSupport).
 */
public class ApplicationRushSimulation extends Simulation {

	private final int residents = CourseSearchMix.intProperty("benchmark.residents", 2000);
	private final int loginSeconds = CourseSearchMix.intProperty("benchmark.loginSeconds", 120);
	private final int rushSeconds = CourseSearchMix.intProperty("benchmark.rushSeconds", 60);
	private final String emailPrefix = System.getProperty("benchmark.emailPrefix", "rush-");
	private final int firstResident = CourseSearchMix.intProperty("benchmark.firstResident", 1);
	private final int staff = CourseSearchMix.intProperty("benchmark.staff", 0);
	private final List<Long> courses = LoadSupport.ids(Path.of(System.getProperty("benchmark.rushFile",
			"data/benchmark/rush-courses.csv")), "start the portal with --portal.generate.rush=2000 first");
	private final AtomicInteger nextResident = new AtomicInteger();
	private final AtomicInteger nextStaff = new AtomicInteger();
	/** Everyone is logged in before this moment; the rush starts at it. */
	private final long rushStartsAt = System.currentTimeMillis() + (loginSeconds + 15) * 1000L;

	{
		var rush = scenario(residents + " residents, " + courses.size() + " first-come courses, rush over "
				+ rushSeconds + " s")
				.exec(session -> {
					int n = nextResident.incrementAndGet();
					return session.set("email", emailPrefix + (firstResident + n - 1) + "@bench.manabi.example")
							.set("courseId", courses.get((n - 1) % courses.size()));
				})
				.exec(LoadSupport.logIn())
				// Someone who could not log in does not apply (their failed login is in the figures).
				.exitHereIfFailed()
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
		var staffAtWork = scenario(staff + " staff on their admin pages")
				.exec(session -> session.set("email", "staff-" + nextStaff.incrementAndGet() + "@bench.manabi.example"))
				.exec(LoadSupport.logIn())
				.during(Duration.ofSeconds(loginSeconds + 15 + rushSeconds + 15), "round").on(
						exec(session -> session.set("courseId",
								courses.get(ThreadLocalRandom.current().nextInt(courses.size()))))
						.group("staff").on(exec(
								http("staff: course list").get("/admin/courses").check(status().is(200)))
								.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
								.exec(http("staff: applications").get("/admin/courses/#{courseId}/applications")
										.check(status().is(200)))
								.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
								.exec(http("staff: roster").get("/admin/courses/#{courseId}/roster").check(status().is(200)))
								.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
								.exec(http("staff: course edit").get("/admin/courses/#{courseId}/edit")
										.check(status().is(200)))
								.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
								.doIf(session -> session.getInt("round") % 4 == 0).then(
										exec(http("staff: report dashboard").get("/admin/report").check(status().is(200)))
										.pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))));
		var populations = new java.util.ArrayList<io.gatling.javaapi.core.PopulationBuilder>();
		populations.add(rush.injectOpen(rampUsers(residents).during(Duration.ofSeconds(loginSeconds))));
		if (staff > 0) {
			populations.add(staffAtWork.injectOpen(rampUsers(staff).during(Duration.ofSeconds(30))));
		}
		setUp(populations)
				.protocols(CourseSearchMix.protocol())
				.maxDuration(Duration.ofSeconds(loginSeconds + 15 + rushSeconds + 120));
	}

	@Override
	public void after() {
		try (var connection = LoadSupport.database()) {
			if (connection == null) {
				return;
			}
			check(connection);
		}
		catch (SQLException ex) {
			System.out.println("Rush check failed: " + ex.getMessage());
		}
	}

	private void check(java.sql.Connection connection) throws SQLException {
		try (var statement = connection.prepareStatement("""
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
	}
}
