package jp.manabi.portal.volunteer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.volunteer.domain.matching.CandidateLoader;
import jp.manabi.portal.volunteer.domain.matching.Matching;

/**
 * The matching benchmark (docs/benchmarks.md, "Volunteer matching"): {@code benchmark.volunteers}
 * (20 000) registered volunteers, every one of whom has the request's required skill, so all of
 * them are ranked; then {@link Matching#rankFor} (SQL loading + ranking in Java, the path of the
 * staff matching page) timed over warm-up and measured rounds. Data comes from SQL. Prints the
 * median and p95; the assertions only check that the ranking is right in shape.
 *
 * <p>Compiled only in the {@code benchmark} profile; run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * System properties: {@code benchmark.volunteers} (20 000), {@code benchmark.warmups} (10),
 * {@code benchmark.runs} (30).
 */
class MatchingBenchmark extends IntegrationTest {

	@Autowired
	Matching matching;

	@Autowired
	CandidateLoader loader;

	@Autowired
	RequestService requests;

	@Autowired
	JdbcClient jdbc;

	private final int volunteers = Integer.getInteger("benchmark.volunteers", 20_000);
	private final int warmups = Integer.getInteger("benchmark.warmups", 10);
	private final int runs = Integer.getInteger("benchmark.runs", 30);

	@Test
	void rankTwentyThousandVolunteersForOneRequest() {
		long started = System.nanoTime();
		String run = "match-bench-" + System.nanoTime();
		long staffId = accounts.staff().id();
		generateVolunteers(run);
		long everyone = generateRequest(run, staffId, "english", true);
		long quarter = generateRequest(run, staffId, "calligraphy", false);
		jdbc.sql("analyze volunteer_profile, volunteer_profile_skill, volunteer_availability, volunteer_area,"
				+ " volunteer_unavailable_date, volunteer_assignment, volunteer_shift, volunteer_request_skill").update();
		report("data: %d volunteers made in %.1f s", volunteers, (System.nanoTime() - started) / 1e9);

		var today = requests.today();
		var needs = loader.needsOf(everyone, today).orElseThrow();
		int candidates = loader.candidatesFor(needs, today).size();
		assertThat(candidates).isGreaterThanOrEqualTo(volunteers);
		var top = matching.rankFor(everyone, Matching.TOP);
		assertThat(top).hasSize(Matching.TOP);
		assertThat(top.get(0).score()).isGreaterThanOrEqualTo(top.get(Matching.TOP - 1).score());
		report("request %d: %d candidates (every volunteer has the required skill)", everyone, candidates);

		var lines = new ArrayList<String>();
		lines.add(measure("rank all " + candidates + " for one request (load + rank, top 50)", () -> matching.rankFor(everyone, Matching.TOP)));
		lines.add(measure("  of which SQL loading", () -> loader.candidatesFor(loader.needsOf(everyone, today).orElseThrow(), today)));
		int quarterCandidates = loader.candidatesFor(loader.needsOf(quarter, today).orElseThrow(), today).size();
		lines.add(measure("rank " + quarterCandidates + " with a rarer required skill", () -> matching.rankFor(quarter, Matching.TOP)));
		long someone = jdbc.sql("select p.id from volunteer_profile p join account a on a.id = p.account_id"
				+ " where a.email like :p order by p.id limit 1").param("p", run + "-%").query(Long.class).single();
		lines.add(measure("recommend open requests to one volunteer", () -> matching.recommendFor(someone, 20)));
		report("---- matching benchmark ----");
		lines.forEach(l -> report("%s", l));
	}

	private String measure(String what, Runnable task) {
		for (int i = 0; i < warmups; i++) {
			task.run();
		}
		var times = new ArrayList<Double>();
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			task.run();
			times.add((System.nanoTime() - t) / 1e6);
		}
		Collections.sort(times);
		double median = times.get(times.size() / 2);
		double p95 = times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.95) - 1));
		return String.format("%s: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms (%d runs after %d warm-ups)",
				what, median, p95, times.get(0), times.get(times.size() - 1), runs, warmups);
	}

	/**
	 * Registered volunteers: all speak English (level 1–3); one in four also does calligraphy, and
	 * each has two or three other skills; about a third of the 21 weekly cells; one or two of the
	 * ten areas; one in five away on the request's first date; one in four with recent hours
	 * (a completed shift 30 days ago), one in ten with an approved upcoming one.
	 */
	private void generateVolunteers(String run) {
		jdbc.sql("""
				insert into account (email, password_hash, display_name, furigana, residency, preferred_language,
				                     email_verified_at, area_code)
				select :run || '-' || g || '@bench.manabi.example', '{noop}unused', '協力 者' || g, 'きょうりょく しゃ',
				       'LIVES', 'ja', now(), 'ikebukuro'
				from generate_series(1, :n) g""").param("run", run).param("n", volunteers).update();
		jdbc.sql("""
				insert into volunteer_profile (account_id, status, approved_at)
				select id, 'REGISTERED', now() from account where email like :p""").param("p", run + "-%").update();
		jdbc.sql("drop table if exists bench_volunteer").update();
		jdbc.sql("""
				create unlogged table bench_volunteer as
				select row_number() over (order by p.id) as g, p.id as profile_id from volunteer_profile p
				join account a on a.id = p.account_id where a.email like :p""").param("p", run + "-%").update();
		jdbc.sql("""
				insert into volunteer_profile_skill (profile_id, skill_id, level)
				select b.profile_id, s.id, 1 + (b.g + s.id) % 3 from bench_volunteer b
				join volunteer_skill s on s.parent_id is not null
				where s.code = 'english' or (s.code = 'calligraphy' and b.g % 4 = 0)
				   or (s.code not in ('english', 'calligraphy') and (b.g * 7 + s.id * 13) % 11 < 1)
				on conflict do nothing""").update();
		jdbc.sql("""
				insert into volunteer_availability (profile_id, day_of_week, time_band)
				select b.profile_id, 1 + c / 3, (array['MORNING', 'AFTERNOON', 'EVENING'])[1 + c % 3]
				from bench_volunteer b cross join generate_series(0, 20) c where (b.g * 5 + c * 7) % 3 = 0""").update();
		// The application keeps each profile's grid as a bit mask too (V54); so does the generator.
		jdbc.sql("""
				update volunteer_profile p set availability_grid = (
				    select coalesce(bit_or(1 << ((a.day_of_week - 1) * 3
				                  + case a.time_band when 'MORNING' then 0 when 'AFTERNOON' then 1 else 2 end)), 0)
				    from volunteer_availability a where a.profile_id = p.id)
				where p.id in (select profile_id from bench_volunteer)""").update();
		jdbc.sql("""
				insert into volunteer_area (profile_id, area_code)
				select b.profile_id, (array['ikebukuro','higashi-ikebukuro','nishi-ikebukuro','minami-ikebukuro','mejiro',
				       'zoshigaya','sugamo','komagome','otsuka','nagasaki'])[1 + (b.g * k) % 10]
				from bench_volunteer b cross join generate_series(1, 2) k where k = 1 or b.g % 2 = 0
				on conflict do nothing""").update();
	}

	/** A staff request with 4 upcoming shifts, the given required skill and three nice-to-have ones. */
	private long generateRequest(String run, long staffId, String requiredSkill, boolean withLoad) {
		long id = jdbc.sql("""
				insert into volunteer_request (title, description, poster_kind, created_by, place, area_code,
				    number_needed, apply_by, status)
				values (:title, 'ベンチマーク用の募集', 'STAFF', :staff, '区民センター', 'ikebukuro', 8, current_date + 7, 'OPEN')
				returning id""").param("title", run + " " + requiredSkill).param("staff", staffId).query(Long.class)
				.single();
		jdbc.sql("""
				insert into volunteer_request_skill (request_id, skill_id, required)
				select :id, id, code = :required from volunteer_skill
				where code in (:required, 'smartphone', 'pc', 'event-staff')""").param("id", id)
				.param("required", requiredSkill).update();
		jdbc.sql("""
				insert into volunteer_shift (request_id, position, shift_date, starts_at, ends_at, needed)
				select :id, k, current_date + 8 + k * 3, time '10:00' + make_interval(hours => k * 3),
				       time '12:00' + make_interval(hours => k * 3), 2
				from generate_series(0, 3) k""").param("id", id).update();
		if (withLoad) {
			jdbc.sql("""
					insert into volunteer_unavailable_date (profile_id, day)
					select profile_id, current_date + 8 from bench_volunteer where g % 5 = 0
					on conflict do nothing""").update();
			long past = jdbc.sql("""
					insert into volunteer_request (title, description, poster_kind, created_by, place, area_code,
					    number_needed, apply_by, status)
					values (:title, '過去の募集', 'STAFF', :staff, '区民センター', 'ikebukuro', 8, current_date - 40, 'CLOSED')
					returning id""").param("title", run + " past").param("staff", staffId).query(Long.class).single();
			jdbc.sql("""
					insert into volunteer_shift (request_id, position, shift_date, starts_at, ends_at, needed)
					values (:id, 0, current_date - 30, time '10:00', time '13:00', 10000),
					       (:id, 1, current_date + 20, time '10:00', time '13:00', 10000)""").param("id", past).update();
			jdbc.sql("""
					insert into volunteer_assignment (shift_id, profile_id, status, hours, decided_at)
					select s.id, b.profile_id, 'COMPLETED', 2.5 + b.g % 3, now() from bench_volunteer b
					join volunteer_shift s on s.request_id = :id and s.position = 0 where b.g % 4 = 0""")
					.param("id", past).update();
			jdbc.sql("""
					insert into volunteer_assignment (shift_id, profile_id, status, decided_at)
					select s.id, b.profile_id, 'APPROVED', now() from bench_volunteer b
					join volunteer_shift s on s.request_id = :id and s.position = 1 where b.g % 10 = 0""")
					.param("id", past).update();
			jdbc.sql("""
					insert into volunteer_assignment (shift_id, profile_id, status)
					select s.id, b.profile_id, 'APPLIED' from bench_volunteer b
					join volunteer_shift s on s.request_id = :id and s.position = 0 where b.g % 50 = 0""")
					.param("id", id).update();
		}
		return id;
	}

	private static void report(String format, Object... args) {
		System.out.println("[matching-benchmark] " + String.format(format, args));
	}
}
