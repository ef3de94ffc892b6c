package jp.manabi.portal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.Simulation;

/**
 * Consultation booking under contention: N residents (default 500, {@code resident-<first>…}) log
 * in over the login ramp, then within the wave (default 30 s) each opens the topic's slot page
 * ({@code /consultations/learning}), picks one of the first 30 free slots shown, opens its
 * booking form and books it. Many pick the same slots, so many bookings must be refused with the
 * "slot taken" page (a 200, not an error) and none may be made twice. Counted here: booked
 * (redirect to the booking), refused at the submission, and slots already gone when the form was
 * opened. Afterwards, given {@code benchmark.jdbcUrl}, it counts in the database the bookings
 * made during the run and any two live bookings that hold one counselor at the same moment.
 *
 * <p>Data: {@code --portal.generate.residents=50000 --portal.generate.counselors=10}
 * (docs/benchmarks.md). System properties: {@code portal.url}; {@code benchmark.residents} (500);
 * {@code benchmark.firstResident} (40001); {@code benchmark.loginSeconds} (60);
 * {@code benchmark.waveSeconds} (30); {@code benchmark.topic} (learning); {@code benchmark.slotChoice} (30);
 * {@code benchmark.jdbcUrl}.
 */
public class ConsultationBookingSimulation extends Simulation {

	private final int residents = CourseSearchMix.intProperty("benchmark.residents", 500);
	private final int firstResident = CourseSearchMix.intProperty("benchmark.firstResident", 40001);
	private final int loginSeconds = CourseSearchMix.intProperty("benchmark.loginSeconds", 60);
	private final int waveSeconds = CourseSearchMix.intProperty("benchmark.waveSeconds", 30);
	private final String topic = System.getProperty("benchmark.topic", "learning");
	private final int slotChoice = CourseSearchMix.intProperty("benchmark.slotChoice", 30);
	private final AtomicInteger nextResident = new AtomicInteger();
	private final AtomicInteger booked = new AtomicInteger();
	private final AtomicInteger refused = new AtomicInteger();
	private final AtomicInteger goneBeforeForm = new AtomicInteger();
	private final Instant started = Instant.now();
	private final long waveStartsAt = System.currentTimeMillis() + (loginSeconds + 10) * 1000L;

	{
		var booking = scenario(residents + " residents book consultations within " + waveSeconds + " s")
				.exec(session -> session.set("email",
						"resident-" + (firstResident + nextResident.getAndIncrement()) + "@bench.manabi.example"))
				.exec(LoadSupport.logIn())
				// Someone who could not log in does not apply (their failed login is in the figures).
				.exitHereIfFailed()
				.pause(session -> Duration.ofMillis(Math.max(0, waveStartsAt
						+ ThreadLocalRandom.current().nextLong(waveSeconds * 1000L) - System.currentTimeMillis())))
				.group("booking").on(exec(
						http("booking: free slots").get("/consultations/" + topic)
								.check(css("a.slot-link", "href").findAll().saveAs("slots")))
						.exitHereIfFailed()
						.exec(session -> {
							List<String> slots = session.getList("slots");
							return session.set("slot", slots.get(ThreadLocalRandom.current().nextInt(Math.min(slotChoice, slots.size()))));
						})
						.exec(http("booking: form").get("#{slot}")
								.check(status().is(200),
										css("form[method=post][action*='/book'] input[name=_csrf]", "value").optional().saveAs("csrf"),
										css("form[method=post][action*='/book']", "action").optional().saveAs("action")))
						.exitHereIfFailed()
						.doIfOrElse(session -> session.contains("action")).then(
								exec(http("booking: submit").post("#{action}")
										.formParam("_csrf", "#{csrf}")
										.formParam("description", "講座選びについて相談したいです。")
										.formParam("contactPhone", "03-5000-0000")
										.disableFollowRedirect()
										.check(status().in(200, 302).saveAs("outcome")))
								.exec(session -> {
									if (session.getInt("outcome") == 302) {
										booked.incrementAndGet();
									}
									else {
										refused.incrementAndGet();
									}
									return session.remove("action");
								}))
						.orElse(exec(session -> {
							goneBeforeForm.incrementAndGet();
							return session;
						})));
		setUp(booking.injectOpen(rampUsers(residents).during(Duration.ofSeconds(loginSeconds))))
				.protocols(CourseSearchMix.protocol())
				.maxDuration(Duration.ofSeconds(loginSeconds + 10 + waveSeconds + 120));
	}

	@Override
	public void after() {
		System.out.printf("Booking outcomes: %d booked, %d refused at submission (slot taken), %d slots gone before "
				+ "the form%n", booked.get(), refused.get(), goneBeforeForm.get());
		try (Connection connection = LoadSupport.database()) {
			if (connection == null) {
				return;
			}
			try (var statement = connection.prepareStatement("""
					select (select count(*) from consultation_booking where created_at >= ? and status <> 'CANCELLED') as made,
					       (select count(*) from consultation_booking a join consultation_booking b
					          on a.counselor_id = b.counselor_id and a.id < b.id
					         and a.status <> 'CANCELLED' and b.status <> 'CANCELLED'
					         and tstzrange(a.starts_at, a.held_until, '[)') && tstzrange(b.starts_at, b.held_until, '[)'))
					         as double_booked""")) {
				statement.setTimestamp(1, Timestamp.from(started));
				try (var rows = statement.executeQuery()) {
					rows.next();
					System.out.printf("Booking check: %d bookings made during the run, %d pairs double-booked%n",
							rows.getLong("made"), rows.getLong("double_booked"));
				}
			}
		}
		catch (SQLException ex) {
			System.out.println("Booking check failed: " + ex.getMessage());
		}
	}
}
