package jp.manabi.portal.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.IntegrationTest;

/**
 * The lottery benchmark (docs/benchmarks.md, "Lottery draw"): 100 000 entries across 2 000
 * closed lottery courses, drawn by {@link LotteryJob#run()}, the path the scheduled job takes
 * (each course in its own transaction, through {@link LotteryService#draw}). Data comes from SQL,
 * so that filling the tables takes seconds. A warm-up round of a tenth of the size comes first,
 * then {@code benchmark.runs} measured rounds, each on fresh courses. Prints the figures; the
 * only assertions are the correctness checks (every course drawn once, no course oversold).
 *
 * <p>Not a test of the normal build: it lives in src/benchmark/java, compiled only in the
 * {@code benchmark} profile, and its name matches none of surefire's patterns. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=LotteryDrawBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>System properties: {@code benchmark.courses} (2 000), {@code benchmark.perCourse} (50),
 * {@code benchmark.people} (20 000), {@code benchmark.runs} (3), {@code benchmark.mailWait} (900: seconds to
 * wait for the mail of a round to be sent before the next).
 */
class LotteryDrawBenchmark extends IntegrationTest {

	@Autowired
	LotteryJob job;

	@Autowired
	JdbcClient jdbc;

	private final int courses = Integer.getInteger("benchmark.courses", 2_000);
	private final int perCourse = Integer.getInteger("benchmark.perCourse", 50);
	private final int people = Integer.getInteger("benchmark.people", 20_000);
	private final int runs = Integer.getInteger("benchmark.runs", 3);
	private final int mailWait = Integer.getInteger("benchmark.mailWait", 900);

	@Test
	void drawHundredThousandEntriesAcrossTwoThousandCourses() throws Exception {
		long started = System.nanoTime();
		generatePeople();
		generateAttendance(200, 40);
		report("people and past courses: %d people, %d past places in %.1f s", people, 200 * 40, seconds(started));

		var figures = new ArrayList<String>();
		for (int round = 0; round <= runs; round++) {
			boolean warmUp = round == 0;
			int size = warmUp ? Math.max(1, courses / 10) : courses;
			String prefix = "抽選ベンチ " + System.nanoTime() + " ";
			long generating = System.nanoTime();
			generateCourses(prefix, size);
			// As autovacuum would have by the time a real window closes: the planner needs statistics.
			jdbc.sql("analyze account, course, course_application, lottery_draw").update();
			long entries = countEntries(prefix);
			double generated = seconds(generating);

			long drawing = System.nanoTime();
			var drawn = job.drawDue();
			double drawSeconds = seconds(drawing);
			check(prefix, size, entries, drawn);

			long telling = System.nanoTime();
			var told = job.tellUntold();
			double tellSeconds = seconds(telling);
			assertThat(told.failed()).isZero();

			long left = awaitMail(mailWait);
			double mailSeconds = seconds(drawing);
			String line = String.format(
					"%s: %d courses, %d entries: drawn in %.2f s (%.0f entries/s); %d people told (events stored) in %.1f s;"
							+ " mail %s %.0f s after the draw began; data made in %.1f s",
					warmUp ? "warm-up" : "run " + round, size, entries, drawSeconds, entries / drawSeconds, told.done(),
					tellSeconds, left == 0 ? "all sent" : left + " NOT sent", mailSeconds, generated);
			report("%s", line);
			figures.add(line);
			greenMail.purgeEmailFromAllMailboxes();
		}
		report("---- lottery benchmark ----");
		figures.forEach(f -> report("%s", f));
	}

	private void generatePeople() {
		jdbc.sql("drop table if exists bench_people").update();
		jdbc.sql("create unlogged table bench_people (n integer primary key, account_id bigint not null)").update();
		String run = "bench-" + System.nanoTime();
		// Seven in ten live here, one works, one studies, one neither; one in ten reads English.
		jdbc.sql("""
				insert into account (email, password_hash, display_name, furigana, residency, preferred_language,
				                     email_verified_at, area_code)
				select :run || '-' || g || '@bench.manabi.example', '{noop}unused', '抽選 利用者' || g,
				       'ちゅうせん りようしゃ' || g,
				       case when g % 10 < 7 then 'LIVES' when g % 10 = 7 then 'WORKS' when g % 10 = 8 then 'STUDIES'
				            else 'OTHER' end,
				       case when g % 10 = 3 then 'en' else 'ja' end, now(), 'ikebukuro'
				from generate_series(1, :people) g""").param("run", run).param("people", people).update();
		jdbc.sql("""
				insert into bench_people (n, account_id)
				select row_number() over (order by id) - 1, id from account where email like :pattern""")
				.param("pattern", run + "-%").update();
	}

	/** Held courses that ended 1 to 11 months ago, with places: their people are not first-timers. */
	private void generateAttendance(int pastCourses, int placesEach) {
		String prefix = "過去のベンチ講座 " + System.nanoTime() + " ";
		jdbc.sql("""
				insert into course (title, summary, description, category_code, organizer_type, organizer_name, online,
				    capacity, fee_yen, application_opens_at, application_closes_at, first_session_starts_at,
				    last_session_ends_at, selection_method, eligibility, childcare_offered, easy_japanese,
				    english_support, status)
				select :prefix || g, '終わった講座です。', '', 'it', 'DEPARTMENT', '学習・スポーツ課', true, :places, 0,
				       now() - make_interval(days => 60 + g % 300), now() - make_interval(days => 40 + g % 300),
				       now() - make_interval(days => 31 + g % 300), now() - make_interval(days => 30 + g % 300),
				       'FIRST_COME', 'ANYONE', false, false, false, 'HELD'
				from generate_series(1, :count) g""").param("prefix", prefix).param("places", placesEach)
				.param("count", pastCourses).update();
		jdbc.sql("""
				insert into course_application (course_id, account_id, status, applied_at, decided_at)
				select c.id, p.account_id, 'CONFIRMED', now() - interval '90 days', now() - interval '90 days'
				from (select id, row_number() over (order by id) as n from course where title like :pattern) c
				cross join generate_series(0, :placesEach - 1) k
				join bench_people p on p.n = (c.n * 101 + k * 3) % :people""").param("pattern", prefix + "%")
				.param("placesEach", placesEach).param("people", people).update();
	}

	/**
	 * Published lottery courses whose window closed a minute ago, capacity 10 to 40; half put
	 * residents first, half first-timers (a quarter both); one in five offers childcare (4 places),
	 * one in three asks winners to confirm. {@code perCourse} entries each: one taken at the
	 * counter without an account, the rest residents' own; one in ten on childcare courses brings a
	 * child.
	 */
	private void generateCourses(String prefix, int count) {
		jdbc.sql("""
				insert into course (title, summary, description, category_code, organizer_type, organizer_name, online,
				    capacity, fee_yen, application_opens_at, application_closes_at, first_session_starts_at,
				    last_session_ends_at, selection_method, eligibility, childcare_offered, childcare_capacity,
				    childcare_min_age, childcare_max_age, easy_japanese, english_support, status,
				    lottery_residents_first, lottery_first_timer_months, lottery_confirm_by)
				select :prefix || g, '抽選の講座です。', '', 'it', 'DEPARTMENT', '学習・スポーツ課', true, 10 + g % 31, 0,
				       now() - interval '14 days', now() - interval '1 minute',
				       now() + interval '14 days', now() + interval '14 days 2 hours',
				       'LOTTERY', 'ANYONE', g % 5 = 0, case when g % 5 = 0 then 4 end,
				       case when g % 5 = 0 then 1 end, case when g % 5 = 0 then 6 end, false, false, 'PUBLISHED',
				       g % 2 = 0, case when g % 4 in (1, 2) then 12 end,
				       case when g % 3 = 0 then now() + interval '5 days' end
				from generate_series(1, :count) g""").param("prefix", prefix).param("count", count).update();
		String courses = "(select id, row_number() over (order by id) as n, childcare_offered from course where title like :pattern)";
		jdbc.sql("""
				insert into course_application (course_id, account_id, status, applied_at, childcare_ages)
				select c.id, p.account_id, 'ENTERED', now() - interval '3 days',
				       case when c.childcare_offered and k %% 10 = 0 then '{3}'::integer[] else '{}'::integer[] end
				from %s c
				cross join generate_series(0, :perCourse - 2) k
				join bench_people p on p.n = (c.n * 37 + k) %% :people""".formatted(courses))
				.param("pattern", prefix + "%").param("perCourse", perCourse).param("people", people).update();
		jdbc.sql("""
				insert into course_application (course_id, account_id, status, applied_at, applicant_name,
				    applicant_furigana, applicant_phone, applicant_area_code, entered_by)
				select c.id, null, 'ENTERED', now() - interval '3 days', '窓口 花子', 'まどぐち はなこ',
				       '03-0000-' || lpad((c.n %% 10000)::text, 4, '0'), 'ikebukuro',
				       (select account_id from bench_people where n = 0)
				from %s c""".formatted(courses)).param("pattern", prefix + "%").update();
	}

	private long countEntries(String prefix) {
		return jdbc.sql("""
				select count(*) from course_application a join course c on c.id = a.course_id
				where c.title like :pattern and a.status = 'ENTERED'""").param("pattern", prefix + "%")
				.query(Long.class).single();
	}

	/** Every course drawn once, every entry decided, no course given more places than it has. */
	private void check(String prefix, int size, long entries, LotteryJob.Step run) {
		assertThat(run.failed()).isZero();
		assertThat(run.done()).isEqualTo(size);
		String pattern = prefix + "%";
		assertThat(jdbc.sql("""
				select count(*) from lottery_draw d join course c on c.id = d.course_id where c.title like :pattern""")
				.param("pattern", pattern).query(Long.class).single()).isEqualTo(size);
		assertThat(countEntries(prefix)).isZero();
		assertThat(jdbc.sql("""
				select count(*) from course_application a join course c on c.id = a.course_id
				where c.title like :pattern and a.lottery_rank is not null""").param("pattern", pattern)
				.query(Long.class).single()).isEqualTo(entries);
		List<Long> oversold = jdbc.sql("""
				select c.id from course c join course_application a on a.course_id = c.id
				where c.title like :pattern and a.status in ('CONFIRMED', 'OFFERED')
				group by c.id, c.capacity, c.childcare_capacity
				having count(*) > c.capacity or sum(cardinality(a.childcare_ages)) > coalesce(c.childcare_capacity, 0)""")
				.param("pattern", pattern).query(Long.class).list();
		assertThat(oversold).isEmpty();
	}

	/** Waits until every event publication completed (they are deleted then); returns how many are left. */
	private long awaitMail(int seconds) throws InterruptedException {
		long deadline = System.currentTimeMillis() + seconds * 1_000L;
		long left;
		do {
			left = jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
					.single();
			if (left > 0) {
				Thread.sleep(500);
			}
		}
		while (left > 0 && System.currentTimeMillis() < deadline);
		return left;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static void report(String format, Object... args) {
		System.out.println("[lottery-benchmark] " + String.format(format, args));
	}
}
