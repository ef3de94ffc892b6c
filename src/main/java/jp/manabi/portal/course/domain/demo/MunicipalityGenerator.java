package jp.manabi.portal.course.domain.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.course.domain.Course;

/**
 * The rest of a large municipality for the load tests (issue 11), after the demo data (so the
 * demo circles count towards N), next to the courses of
 * {@link CourseGenerator} and the rush courses of {@link RushGenerator}; all off by default:
 * <ul>
 * <li>{@code portal.generate.residents=N}: residents {@code resident-<n>@bench.manabi.example}
 * (names, areas, residency, birth years and languages spread), one shared password
 * ({@link RushGenerator#PASSWORD}); made once ({@code on conflict do nothing}).</li>
 * <li>{@code portal.generate.staff=N}: staff {@code staff-<n>@bench.manabi.example} (role STAFF),
 * same password; made once.</li>
 * <li>{@code portal.generate.counselors=N}: counselors {@code counselor-<n>@bench.manabi.example},
 * taking every topic, with weekly hours (weekday mornings at the counter, afternoons by phone,
 * Tuesday and Thursday evenings online, Saturdays at the counter); made once.</li>
 * <li>{@code portal.generate.circles=N}: the directory holds at least N circles (registered, one in
 * 25 waiting for review), each with a leader from the generated residents, a weekly meeting and plan
 * links; the circle index is rebuilt afterwards.</li>
 * <li>{@code portal.generate.lottery-courses=N}: on every start, N lottery courses whose entry
 * window is open now (capacity 20), ids in {@code portal.generate.lottery-file}.</li>
 * </ul>
 * Rows go in with set-based SQL (generate_series), so 50 000 accounts take seconds. The shared
 * password is hashed once, with BCrypt of cost {@code portal.generate.password-cost} (default 4):
 * the load tests log in thousands of residents before the measured part, and at the portal's cost
 * (10) each login is ~0.1 s of CPU. Never on in production: refused under the {@code prod} profile,
 * and it writes to whatever database the portal uses. See docs/benchmarks.md.
 */
@Component
@Order(80)
class MunicipalityGenerator implements ApplicationRunner {

	static final String DOMAIN = "@bench.manabi.example";

	/** As the demo staff's (account/domain/DemoAccounts, README). */
	static final String STAFF_TWO_FACTOR_SECRET = "MANABIDEMOSTAFFTWOFACTOR";

	private static final Logger log = LoggerFactory.getLogger(MunicipalityGenerator.class);

	private static final String AREAS = "array['ikebukuro','higashi-ikebukuro','nishi-ikebukuro','minami-ikebukuro',"
			+ "'mejiro','zoshigaya','sugamo','komagome','otsuka','nagasaki','senkawa','takamatsu']";

	private static final String AREA_NAMES = "array['池袋','東池袋','西池袋','南池袋','目白','雑司が谷','巣鴨','駒込','大塚','長崎',"
			+ "'千川','高松']";

	private final int residents;
	private final int staff;
	private final int counselors;
	private final int circles;
	private final int lotteryCourses;
	private final Path lotteryFile;
	private final int passwordCost;
	private final String planCode;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final EntityManagerFactory entityManagerFactory;
	private final Environment environment;
	private final Clock clock;

	MunicipalityGenerator(@Value("${portal.generate.residents:0}") int residents,
			@Value("${portal.generate.staff:0}") int staff, @Value("${portal.generate.counselors:0}") int counselors,
			@Value("${portal.generate.circles:0}") int circles,
			@Value("${portal.generate.lottery-courses:0}") int lotteryCourses,
			@Value("${portal.generate.lottery-file:data/benchmark/lottery-courses.csv}") Path lotteryFile,
			@Value("${portal.generate.password-cost:4}") int passwordCost,
			@Value("${portal.plan.active-code:toshima}") String planCode, JdbcTemplate jdbc,
			TransactionTemplate transactions, EntityManagerFactory entityManagerFactory, Environment environment,
			Clock clock) {
		this.residents = residents;
		this.staff = staff;
		this.counselors = counselors;
		this.circles = circles;
		this.lotteryCourses = lotteryCourses;
		this.lotteryFile = lotteryFile;
		this.passwordCost = passwordCost;
		this.planCode = planCode;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.entityManagerFactory = entityManagerFactory;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, InterruptedException {
		if (residents <= 0 && staff <= 0 && counselors <= 0 && circles <= 0 && lotteryCourses <= 0) {
			return;
		}
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			log.error("Municipality generator: refused under the prod profile; nothing generated");
			return;
		}
		long started = System.nanoTime();
		String hash = "{bcrypt}" + new BCryptPasswordEncoder(passwordCost).encode(RushGenerator.PASSWORD);
		if (residents > 0) {
			int made = transactions.execute(tx -> residents(hash));
			log.info("Municipality generator: {} new residents ({} wanted) in {} ms", made, residents, since(started));
		}
		if (staff > 0) {
			int made = transactions.execute(tx -> staff(hash));
			log.info("Municipality generator: {} new staff accounts ({} wanted)", made, staff);
		}
		if (counselors > 0) {
			int made = transactions.execute(tx -> counselors(hash));
			log.info("Municipality generator: {} new counselors ({} wanted)", made, counselors);
		}
		transactions.executeWithoutResult(tx -> enrolTwoFactor());
		if (circles > 0) {
			circles();
		}
		if (lotteryCourses > 0) {
			var ids = transactions.execute(tx -> lotteryCourses());
			Files.createDirectories(lotteryFile.toAbsolutePath().getParent());
			Files.writeString(lotteryFile,
					"courseId\n" + ids.stream().map(String::valueOf).collect(Collectors.joining("\n")) + "\n");
			log.info("Municipality generator: {} lottery courses open for entry; ids in {}", ids.size(),
					lotteryFile.toAbsolutePath());
		}
		log.info("Municipality generator: done in {} ms", since(started));
	}

	private int residents(String hash) {
		int made = jdbc.update("""
				insert into account (email, password_hash, display_name, furigana, phone, area_code, residency, birth_year,
				                     preferred_language, email_verified_at)
				select 'resident-' || g || ?, ?,
				       (array['佐藤','鈴木','高橋','田中','伊藤','渡辺','山本','中村','小林','加藤','吉田','山田','佐々木','山口','松本',
				               '井上','木村','林','斎藤','清水'])[1 + g % 20] || ' ' ||
				       (array['陽子','健太','美咲','翔','さくら','大輔','由美','拓也','愛','誠','恵','直樹','真由美','亮','花子','浩',
				               '彩','学','優子','剛'])[1 + (g / 20) % 20],
				       (array['さとう','すずき','たかはし','たなか','いとう','わたなべ','やまもと','なかむら','こばやし','かとう',
				               'よしだ','やまだ','ささき','やまぐち','まつもと','いのうえ','きむら','はやし','さいとう','しみず'])[1 + g % 20]
				       || ' ' ||
				       (array['ようこ','けんた','みさき','しょう','さくら','だいすけ','ゆみ','たくや','あい','まこと','めぐみ','なおき',
				               'まゆみ','りょう','はなこ','ひろし','あや','まなぶ','ゆうこ','つよし'])[1 + (g / 20) % 20],
				       '03-' || lpad((1000 + g % 9000)::text, 4, '0') || '-' || lpad((g % 10000)::text, 4, '0'),
				       (AREA_CODES)[1 + g % 12],
				       (array['LIVES','LIVES','LIVES','LIVES','LIVES','LIVES','LIVES','WORKS','STUDIES','OTHER'])[1 + g % 10],
				       1940 + (g * 7) % 68,
				       case when g % 10 = 3 then 'en' else 'ja' end, now()
				from generate_series(1, ?) g
				on conflict do nothing""".replace("AREA_CODES", AREAS), DOMAIN, hash, residents);
		jdbc.update("""
				insert into account_role (account_id, role)
				select id, 'RESIDENT' from account a where email like 'resident-%@bench.manabi.example'
				on conflict do nothing""");
		return made;
	}

	private int staff(String hash) {
		int made = jdbc.update("""
				insert into account (email, password_hash, display_name, furigana, area_code, residency, preferred_language,
				                     email_verified_at)
				select 'staff-' || g || ?, ?, '学習・スポーツ課 職員' || g, 'がくしゅう すぽーつか しょくいん', 'ikebukuro', 'WORKS',
				       'ja', now()
				from generate_series(1, ?) g
				on conflict do nothing""", DOMAIN, hash, staff);
		jdbc.update("""
				insert into account_role (account_id, role)
				select id, 'STAFF' from account where email like 'staff-%@bench.manabi.example'
				on conflict do nothing""");
		return made;
	}

	/**
	 * Staff and counselors must log in with two factors: the generated ones share the demo secret
	 * (README), which the Gatling scenarios turn into codes (StaffTotp).
	 */
	private void enrolTwoFactor() {
		jdbc.update("""
				insert into account_two_factor (account_id, secret, enabled_at)
				select id, ?, now() from account
				where email like 'staff-%@bench.manabi.example' or email like 'counselor-%@bench.manabi.example'
				on conflict do nothing""", STAFF_TWO_FACTOR_SECRET);
	}

	private int counselors(String hash) {
		int made = jdbc.update("""
				insert into account (email, password_hash, display_name, furigana, area_code, residency, preferred_language,
				                     email_verified_at)
				select 'counselor-' || g || ?, ?, '相談員 ' || g, 'そうだんいん', 'ikebukuro', 'WORKS', 'ja', now()
				from generate_series(1, ?) g
				on conflict do nothing""", DOMAIN, hash, counselors);
		jdbc.update("""
				insert into account_role (account_id, role)
				select id, 'COUNSELOR' from account where email like 'counselor-%@bench.manabi.example'
				on conflict do nothing""");
		List<Long> added = jdbc.queryForList("""
				insert into counselor (account_id, display_name)
				select a.id, a.display_name from account a
				where a.email like 'counselor-%@bench.manabi.example'
				  and not exists (select 1 from counselor c where c.account_id = a.id)
				returning id""", Long.class);
		for (long counselor : added) {
			jdbc.update("insert into counselor_topic (counselor_id, topic_id) select ?, id from consultation_topic",
					counselor);
			var hours = new ArrayList<Object[]>();
			for (int day = 1; day <= 5; day++) {
				hours.add(new Object[] { counselor, day, LocalTime.of(9, 30), LocalTime.of(12, 0), "COUNTER",
						"豊島区立生涯学習センター 相談室" });
				hours.add(new Object[] { counselor, day, LocalTime.of(13, 0), LocalTime.of(16, 30), "PHONE", null });
			}
			hours.add(new Object[] { counselor, 2, LocalTime.of(18, 0), LocalTime.of(21, 0), "ONLINE", null });
			hours.add(new Object[] { counselor, 4, LocalTime.of(18, 0), LocalTime.of(21, 0), "ONLINE", null });
			hours.add(new Object[] { counselor, 6, LocalTime.of(10, 0), LocalTime.of(16, 0), "COUNTER",
					"豊島区立生涯学習センター 相談室" });
			jdbc.batchUpdate("""
					insert into counselor_hours (counselor_id, day_of_week, starts_at, ends_at, channel, venue)
					values (?, ?, ?, ?, ?, ?)""", hours);
		}
		return made;
	}

	private void circles() throws InterruptedException {
		Long existing = jdbc.queryForObject("select count(*) from circle", Long.class);
		int toCreate = circles - (existing == null ? 0 : existing.intValue());
		if (toCreate <= 0) {
			log.info("Municipality generator: {} circles exist, {} wanted; nothing to do", existing, circles);
			return;
		}
		Long leaders = jdbc.queryForObject(
				"select count(*) from account where email like 'resident-%@bench.manabi.example'", Long.class);
		if (leaders == null || leaders == 0) {
			log.warn("Municipality generator: circles need generated residents as leaders (portal.generate.residents)");
			return;
		}
		var today = LocalDate.now(clock.withZone(Course.ZONE));
		// Registered until the end of the fiscal year (31 March).
		var fiscalYearEnd = MonthDay.of(3, 31).atYear(today.getMonthValue() <= 3 ? today.getYear() : today.getYear() + 1);
		long started = System.nanoTime();
		transactions.executeWithoutResult(tx -> {
			jdbc.update("""
				with leaves as (
				    select n.id, row_number() over (order by n.id) - 1 as i, count(*) over () as total
				    from plan_node n join plan p on p.id = n.plan_id
				    where p.code = ? and n.archived_at is null
				      and not exists (select 1 from plan_node c where c.parent_id = n.id)),
				categories as (select array_agg(code order by position, code) as codes from circle_category),
				made as (
				    insert into circle (name, description, category_code, area_code, venue, member_count, recruiting,
				                        recruiting_whom, fee_yen, fee_period, beginners_welcome, status, valid_until,
				                        approved_at)
				    select (AREA_NAMES)[1 + g % 12] || (array['書道','俳句','写真','合唱','太極拳','英会話','囲碁','将棋','ヨガ','水彩画',
				                   '手話','料理','園芸','歴史散歩','パソコン','ウォーキング','絵本','フラダンス','茶道','防災'])[1 + (g / 12) % 20]
				           || (array['の会','サークル','クラブ','同好会','を楽しむ会'])[1 + (g / 240) % 5]
				           || case when g > 1200 then ' ' || (g / 1200 + 1) else '' end,
				           (AREA_NAMES)[1 + g % 12] || 'で活動しているサークルです。'
				           || (array['はじめての方も歓迎します。','月に数回、楽しく活動しています。','発表会に向けて練習しています。',
				                     '経験者も初心者も一緒に学んでいます。','見学はいつでもどうぞ。'])[1 + g % 5]
				           || (array['会費は教材費に使います。','年に一度、地域のお祭りに参加します。','活動のあとはお茶の時間があります。',
				                     '講師を招いて勉強会をしています。'])[1 + (g / 5) % 4],
				           (select codes from categories)[1 + g % cardinality((select codes from categories))],
				           (AREA_CODES)[1 + g % 12],
				           (AREA_NAMES)[1 + g % 12] || '地域文化創造館 ' || (1 + g % 4) || '階 会議室',
				           5 + g % 40, g % 3 <> 0,
				           case when g % 3 <> 0 then '初心者の方、' || (array['どなたでも','シニアの方','子育て中の方','学生の方'])[1 + g % 4] else null end,
				           (array[0, 500, 1000, 2000, 3000])[1 + g % 5], (array['MONTH','YEAR','SESSION'])[1 + g % 3],
				           g % 2 = 0,
				           case when g % 25 = 0 then 'PENDING' else 'REGISTERED' end,
				           case when g % 25 = 0 then null else ?::date end,
				           case when g % 25 = 0 then null else now() end
				    from generate_series(?, ?) g
				    returning id),
				rules as (
				    insert into circle_schedule_rule (circle_id, position, frequency, day_of_week, weeks_of_month, starts_at, ends_at)
				    select id, 0, case when id % 3 = 0 then 'MONTHLY' else 'WEEKLY' end, 1 + id % 7,
				           case when id % 3 = 0 then array[2, 4] else '{}'::integer[] end,
				           (array[time '10:00', time '14:00', time '19:00'])[1 + id % 3],
				           (array[time '12:00', time '16:00', time '21:00'])[1 + id % 3]
				    from made),
				leaders as (
				    insert into circle_member (circle_id, account_id, role)
				    select m.id, a.id, 'LEADER' from made m
				    join account a on a.email = 'resident-' || (1 + m.id * 37 % ?) || '@bench.manabi.example')
				insert into circle_plan_node (circle_id, plan_node_id)
				select m.id, l.id from made m join leaves l on l.i = m.id % l.total
				""".replace("AREA_CODES", AREAS).replace("AREA_NAMES", AREA_NAMES), planCode, fiscalYearEnd,
				existing + 1, existing + toCreate, leaders);
			// Each circle's plan scope: its linked nodes and all their ancestors.
			jdbc.update("""
					insert into circle_plan_scope (circle_id, plan_node_id)
					with recursive up (circle_id, id) as (
					    select p.circle_id, p.plan_node_id from circle_plan_node p
					    where not exists (select 1 from circle_plan_scope s where s.circle_id = p.circle_id)
					    union
					    select up.circle_id, n.parent_id from plan_node n join up on n.id = up.id where n.parent_id is not null)
					select circle_id, id from up""");
		});
		long inserted = System.nanoTime();
		log.info("Municipality generator: {} circles inserted in {} ms; rebuilding the circle index", toCreate,
				Duration.ofNanos(inserted - started).toMillis());
		try (var entityManager = entityManagerFactory.createEntityManager()) {
			var circleType = Search.mapping(entityManagerFactory).allIndexedEntities().stream()
					.filter(e -> e.jpaName().equals("Circle")).findFirst().orElseThrow().javaClass();
			Search.session(entityManager).massIndexer(circleType).threadsToLoadObjects(2).startAndWait();
		}
		log.info("Municipality generator: circle index rebuilt in {} ms", since(inserted));
	}

	private List<Long> lotteryCourses() {
		var now = clock.instant();
		var first = LocalDate.now(clock.withZone(Course.ZONE)).plusWeeks(3);
		var starts = first.atTime(LocalTime.of(14, 0)).atZone(Course.ZONE).toInstant();
		var ids = new ArrayList<Long>();
		for (int i = 1; i <= lotteryCourses; i++) {
			Long id = jdbc.queryForObject("""
					insert into course (title, summary, category_code, organizer_type, organizer_name, online, capacity,
					                    application_opens_at, application_closes_at, first_session_starts_at,
					                    last_session_ends_at, selection_method, eligibility, status)
					values (?, '抽選の申込みの負荷試験用の講座です。', (select min(code) from course_category), 'DEPARTMENT',
					        '学習・スポーツ課', true, 20, ?, ?, ?, ?, 'LOTTERY', 'ANYONE', 'PUBLISHED')
					returning id""", Long.class, "抽選ウェーブ講座 " + now.getEpochSecond() + "-" + i,
					Timestamp.from(now.minus(Duration.ofMinutes(1))), Timestamp.from(now.plus(Duration.ofDays(3))),
					Timestamp.from(starts), Timestamp.from(starts.plus(Duration.ofHours(2))));
			jdbc.update("insert into course_session (course_id, position, session_date, starts_at, ends_at) values (?, 0, ?, ?, ?)",
					id, first, LocalTime.of(14, 0), LocalTime.of(16, 0));
			ids.add(id);
		}
		return ids;
	}

	private static long since(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}
}
