package jp.manabi.portal.course.domain.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.course.domain.Course;

/**
 * Data for the application rush benchmark ({@code --portal.generate.rush=N}): N residents who can
 * log in ({@code rush-<n>@bench.manabi.example}, one shared password) and 20 new first-come courses
 * of 30 places whose window is open now. The course ids go to {@code data/benchmark/rush-courses.csv}
 * for the Gatling simulation. Accounts are made once; every start makes 20 fresh courses, so each
 * run starts empty. {@code portal.generate.rush-courses} and {@code portal.generate.rush-places}
 * change the number and size of the courses; the courses alone (for residents made by
 * {@link MunicipalityGenerator}) come with {@code rush=0} and {@code rush-courses} set. Rows go in with JDBC: the password is hashed once, not N times.
 * See docs/benchmarks.md. Writes to whatever database the portal uses: never set it in production.
 */
@Component
@Order(40)
class RushGenerator implements ApplicationRunner {

	static final String PASSWORD = "rush benchmark password 2026";

	private static final Logger log = LoggerFactory.getLogger(RushGenerator.class);

	private final int courseCount;
	private final int places;
	private final int residents;
	private final Path courseFile;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final PasswordEncoder passwords;
	private final Clock clock;

	RushGenerator(@Value("${portal.generate.rush:0}") int residents,
			@Value("${portal.generate.rush-file:data/benchmark/rush-courses.csv}") Path courseFile, JdbcTemplate jdbc,
			TransactionTemplate transactions, PasswordEncoder passwords, Clock clock,
			@Value("${portal.generate.rush-courses:0}") int courseCount,
			@Value("${portal.generate.rush-places:30}") int places) {
		this.residents = residents;
		this.courseCount = courseCount > 0 ? courseCount : residents > 0 ? 20 : 0;
		this.places = places;
		this.courseFile = courseFile;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (courseCount <= 0) {
			return;
		}
		int made = residents <= 0 ? 0 : transactions.execute(tx -> {
			String hash = passwords.encode(PASSWORD);
			int inserted = jdbc.update("""
					insert into account (email, password_hash, display_name, furigana, residency, preferred_language,
					                     email_verified_at, area_code)
					select 'rush-' || g || '@bench.manabi.example', ?, 'ラッシュ 利用者' || g, 'らっしゅ りようしゃ', 'LIVES',
					       'ja', now(), 'ikebukuro'
					from generate_series(1, ?) g
					on conflict do nothing""", hash, residents);
			jdbc.update("""
					insert into account_role (account_id, role)
					select id, 'RESIDENT' from account a where email like 'rush-%@bench.manabi.example'
					and not exists (select 1 from account_role r where r.account_id = a.id)""");
			return inserted;
		});
		var courses = transactions.execute(tx -> courses());
		Files.createDirectories(courseFile.toAbsolutePath().getParent());
		Files.writeString(courseFile, "courseId\n" + courses.stream().map(String::valueOf).collect(Collectors.joining("\n")) + "\n");
		log.info("Rush generator: {} new residents ({} wanted), {} courses of {} places open now: {}; ids in {}", made,
				residents, courseCount, places, courses, courseFile.toAbsolutePath());
	}

	private List<Long> courses() {
		var now = clock.instant();
		var first = LocalDate.now(clock.withZone(Course.ZONE)).plusWeeks(2);
		var starts = first.atTime(LocalTime.of(10, 0)).atZone(Course.ZONE).toInstant();
		var ids = new ArrayList<Long>();
		for (int i = 1; i <= courseCount; i++) {
			Long id = jdbc.queryForObject("""
					insert into course (title, summary, category_code, organizer_type, organizer_name, online, capacity,
					                    application_opens_at, application_closes_at, first_session_starts_at,
					                    last_session_ends_at, selection_method, eligibility, status)
					values (?, '先着順の申込みの負荷試験用の講座です。', (select min(code) from course_category), 'DEPARTMENT',
					        '学習・スポーツ課', true, ?, ?, ?, ?, ?, 'FIRST_COME', 'ANYONE', 'PUBLISHED')
					returning id""", Long.class, "先着ラッシュ講座 " + now.getEpochSecond() + "-" + i, places,
					Timestamp.from(now.minus(Duration.ofMinutes(1))), Timestamp.from(now.plus(Duration.ofDays(1))),
					Timestamp.from(starts), Timestamp.from(starts.plus(Duration.ofHours(2))));
			jdbc.update("insert into course_session (course_id, position, session_date, starts_at, ends_at) values (?, 0, ?, ?, ?)",
					id, first, LocalTime.of(10, 0), LocalTime.of(12, 0));
			ids.add(id);
		}
		return ids;
	}
}
