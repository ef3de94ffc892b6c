package jp.manabi.portal.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.support.IntegrationTest;

/**
 * The free-slot benchmark (docs/benchmarks.md, "Consultation free slots"): one topic with 10
 * counselors, each with weekday, evening and weekend hours, some absences and changed days, Japan's
 * public holidays loaded and a few hundred bookings; measures
 * {@code SlotFinder.free(topic, today, today + 60, all channels)} — the four queries and the
 * computation — after a warm-up. Data comes from SQL. Target: ≤ 50 ms.
 *
 * <p>Not a test of the normal build: compiled only in the {@code benchmark} profile. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=FreeSlotBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * System properties: {@code benchmark.counselors} (10), {@code benchmark.warmUp} (50),
 * {@code benchmark.runs} (200).
 */
class FreeSlotBenchmark extends IntegrationTest {

	@Autowired
	SlotFinder slots;

	@Autowired
	PublicHolidayLoader holidays;

	@Autowired
	JdbcClient jdbc;

	private final int counselors = Integer.getInteger("benchmark.counselors", 10);
	private final int warmUp = Integer.getInteger("benchmark.warmUp", 50);
	private final int runs = Integer.getInteger("benchmark.runs", 200);

	@Test
	void freeSlotsOfATopicWithTenCounselorsOverSixtyDays() {
		long started = System.nanoTime();
		holidays.loadBundled();
		long topic = generate();
		jdbc.sql("analyze counselor, counselor_topic, counselor_hours, counselor_exception, public_holiday, consultation_booking")
				.update();
		long bookings = jdbc.sql("""
				select count(*) from consultation_booking b join counselor_topic t on t.counselor_id = b.counselor_id
				where t.topic_id = ? and b.status <> 'CANCELLED'""").param(topic).query(Long.class).single();
		report("data: %d counselors, %d bookings, made in %.1f s", counselors, bookings, (System.nanoTime() - started) / 1e9);

		LocalDate today = slots.today();
		var all = EnumSet.allOf(Channel.class);
		int found = 0;
		for (int i = 0; i < warmUp; i++) {
			found = slots.free(topic, today, today.plusDays(60), all).size();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			found = slots.free(topic, today, today.plusDays(60), all).size();
			millis[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(millis);
		double median = millis[runs / 2];
		double p95 = millis[(int) Math.ceil(runs * 0.95) - 1];
		double max = millis[runs - 1];
		report("---- free-slot benchmark ----");
		report("%d runs after %d warm-up: %d free slots each; median %.2f ms, p95 %.2f ms, max %.2f ms, min %.2f ms", runs,
				warmUp, found, median, p95, max, millis[0]);
		assertThat(found).isGreaterThan(1_000);
	}

	/**
	 * A topic and its counselors: weekday mornings at the counter and afternoons by phone, two
	 * evenings online, Saturday (even) or Sunday (odd) at the counter; one absence and one changed
	 * day every ten days; a booking every third slot-day for each counselor.
	 */
	private long generate() {
		String run = "bench-" + System.nanoTime();
		long topic = jdbc.sql("""
				insert into consultation_topic (code, name_ja, name_en, slot_minutes, buffer_minutes, book_from_days,
				    book_until_days, cancel_until_hours)
				values (:code, '空き枠ベンチ', 'Free-slot bench', 30, 10, 1, 60, 24) returning id""")
				.param("code", run).query(Long.class).single();
		jdbc.sql("""
				insert into consultation_topic_channel (topic_id, channel)
				select :topic, c from (values ('COUNTER'), ('PHONE'), ('ONLINE')) as v (c)""").param("topic", topic)
				.update();
		jdbc.sql("""
				insert into account (email, password_hash, display_name, furigana, residency, preferred_language,
				                     email_verified_at, area_code)
				select :run || '-' || g || '@bench.manabi.example', '{noop}unused', '相談員 ' || g, 'そうだんいん',
				       'LIVES', 'ja', now(), 'sugamo'
				from generate_series(1, :n) g""").param("run", run).param("n", counselors).update();
		jdbc.sql("""
				insert into counselor (account_id, display_name)
				select id, display_name from account where email like :pattern""").param("pattern", run + "-%").update();
		String ours = "(select c.id, row_number() over (order by c.id) as n from counselor c join account a on a.id = c.account_id where a.email like :pattern)";
		jdbc.sql("insert into counselor_topic (counselor_id, topic_id) select id, :topic from " + ours + " c")
				.param("topic", topic).param("pattern", run + "-%").update();
		jdbc.sql("""
				insert into counselor_hours (counselor_id, day_of_week, starts_at, ends_at, channel, venue)
				select c.id, d, time '09:30', time '12:00', 'COUNTER', 'としま区民センター' from %s c cross join generate_series(1, 5) d
				union all
				select c.id, d, time '13:00', time '16:30', 'PHONE', null from %s c cross join generate_series(1, 5) d
				union all
				select c.id, d, time '18:00', time '21:00', 'ONLINE', null from %s c cross join (values (2), (4)) v (d)
				union all
				select c.id, case when c.n %% 2 = 0 then 6 else 7 end, time '10:00', time '16:00', 'COUNTER', '池袋 生涯学習センター' from %s c"""
				.formatted(ours, ours, ours, ours)).param("pattern", run + "-%").update();
		jdbc.sql("""
				insert into counselor_exception (counselor_id, day, kind, starts_at, ends_at, channel, venue)
				select c.id, current_date + (c.n + k * 10)::int, 'ABSENT', null::time, null::time, null, null
				from %s c cross join generate_series(0, 5) k
				union all
				select c.id, current_date + (c.n + 5 + k * 10)::int, 'HOURS', time '13:00', time '17:00', 'ONLINE', null
				from %s c cross join generate_series(0, 5) k""".formatted(ours, ours)).param("pattern", run + "-%")
				.update();
		// Bookings at 09:30 and 13:00 (Tokyo) on every third day per counselor: none can overlap.
		jdbc.sql("""
				insert into consultation_booking (counselor_id, topic_id, caller_name, channel, venue, starts_at, ends_at,
				    held_until, description)
				select c.id, :topic, 'ベンチ 相談者', 'COUNTER', 'としま区民センター',
				       ((current_date + d) + t) at time zone 'Asia/Tokyo',
				       ((current_date + d) + t + interval '30 minutes') at time zone 'Asia/Tokyo',
				       ((current_date + d) + t + interval '40 minutes') at time zone 'Asia/Tokyo', 'ベンチの相談'
				from %s c cross join generate_series(1, 60) d cross join (values (time '09:30'), (time '13:00')) v (t)
				where (d + c.n) %% 3 = 0""".formatted(ours)).param("topic", topic).param("pattern", run + "-%").update();
		return topic;
	}

	private static void report(String format, Object... args) {
		System.out.println("[free-slot-benchmark] " + String.format(format, args));
	}
}
