package jp.manabi.portal.course.domain.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.shared.time.TimeBand;
import jp.manabi.portal.course.domain.Course;

/**
 * Fills the catalogue with generated courses for benchmarks: {@code --portal.generate.courses=N}
 * makes the catalogue hold at least N courses (3 sessions each on average), then rebuilds the
 * search index. Rows go in with JDBC batches, not through JPA, so 10 000 courses take seconds;
 * that is also why the index is rebuilt with the mass indexer afterwards. Runs in any profile,
 * after the demo data (so the demo's own courses count towards N), and does nothing when the
 * catalogue already holds N courses. See docs/benchmarks.md.
 */
@Component
// After DemoCourses (@Order(30)): with the same order the two ran in either order, and the demo
// courses were skipped whenever the generated ones came first.
@Order(31)
class CourseGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CourseGenerator.class);

	private static final int CHUNK = 1000;

	private final int wanted;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final EntityManagerFactory entityManagerFactory;
	private final Clock clock;
	private final String planCode;
	/** Each plan action a generated course may link to, with its ancestors: the course's plan scope. */
	private List<List<Long>> planTargets = List.of();

	CourseGenerator(@Value("${portal.generate.courses:0}") int wanted, JdbcTemplate jdbc,
			TransactionTemplate transactions, EntityManagerFactory entityManagerFactory, Clock clock,
			@Value("${portal.plan.active-code:toshima}") String planCode) {
		this.wanted = wanted;
		this.planCode = planCode;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.entityManagerFactory = entityManagerFactory;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (wanted <= 0) {
			return;
		}
		long existing = count("select count(*) from course");
		if (existing >= wanted) {
			log.info("Course generator: {} courses exist, {} wanted; nothing to do", existing, wanted);
			return;
		}
		int toCreate = (int) (wanted - existing);
		long started = System.nanoTime();
		log.info("Course generator: {} courses exist, generating {} more", existing, toCreate);

		var venues = venues();
		List<String> categories = jdbc.queryForList("select code from course_category order by position, code",
				String.class);
		// A fixed seed per starting size: the same command on the same database gives the same catalogue.
		var texts = new GeneratedCourses(new Random(20260401L + existing), categories, venues,
				LocalDate.now(clock.withZone(Course.ZONE)), clock.instant());

		planTargets = planTargets();
		int sessions = 0;
		for (int done = 0; done < toCreate; done += CHUNK) {
			int size = Math.min(CHUNK, toCreate - done);
			List<Long> ids = jdbc.queryForList(
					"select nextval(pg_get_serial_sequence('course', 'id')) from generate_series(1, ?)", Long.class,
					size);
			var batch = new ArrayList<GeneratedCourses.Row>(size);
			for (long id : ids) {
				batch.add(texts.next(id));
			}
			transactions.executeWithoutResult(tx -> insert(batch));
			sessions += batch.stream().mapToInt(r -> r.sessions().size()).sum();
			log.info("Course generator: {}/{} courses inserted ({} sessions)", done + size, toCreate, sessions);
		}
		long inserted = System.nanoTime();
		log.info("Course generator: {} courses and {} sessions inserted in {} ms; rebuilding the search index",
				toCreate, sessions, Duration.ofNanos(inserted - started).toMillis());

		try (var entityManager = entityManagerFactory.createEntityManager()) {
			Search.session(entityManager).massIndexer(Course.class).threadsToLoadObjects(2).startAndWait();
		}
		log.info("Course generator: search index rebuilt in {} ms; {} courses in all, done in {} ms",
				Duration.ofNanos(System.nanoTime() - inserted).toMillis(), count("select count(*) from course"),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	/**
	 * The leaves of the active plan (its actions), each with its ancestors. A generated course links
	 * to one of them (a third of the courses to a second one), chosen by its id, so the random
	 * sequence and with it the catalogue stay as they were before plan links were generated.
	 */
	private List<List<Long>> planTargets() {
		var parents = new HashMap<Long, Long>();
		var leaves = new TreeSet<Long>();
		jdbc.query("""
				select n.id, n.parent_id, not exists (select 1 from plan_node c where c.parent_id = n.id) as leaf
				from plan_node n join plan p on p.id = n.plan_id
				where p.code = ? and n.archived_at is null order by n.id""", rs -> {
			long id = rs.getLong(1);
			long parent = rs.getLong(2);
			parents.put(id, rs.wasNull() ? null : parent);
			if (rs.getBoolean(3)) {
				leaves.add(id);
			}
		}, planCode);
		var targets = new ArrayList<List<Long>>();
		for (long leaf : leaves) {
			var scope = new ArrayList<Long>();
			for (Long node = leaf; node != null; node = parents.get(node)) {
				scope.add(node);
			}
			targets.add(scope);
		}
		return targets;
	}

	private long count(String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

	/** The catalogue's venues; on a database without any, the demo venues are added first. */
	private List<Long> venues() {
		if (count("select count(*) from venue") == 0) {
			var demo = DemoCourseData.load().venues();
			jdbc.batchUpdate("""
					insert into venue (name, name_en, room, address, access, barrier_free_notes, area_code)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (name, room) do nothing""", demo, demo.size(),
					(ps, v) -> {
						ps.setString(1, v.name());
						ps.setString(2, v.nameEn());
						ps.setString(3, v.room());
						ps.setString(4, v.address());
						ps.setString(5, v.access());
						ps.setString(6, v.barrierFree());
						ps.setString(7, v.area());
					});
		}
		return jdbc.queryForList("select id from venue order by id", Long.class);
	}

	private void insert(List<GeneratedCourses.Row> rows) {
		jdbc.batchUpdate("""
				insert into course (id, title, title_en, summary, summary_en, description, category_code,
				    organizer_type, organizer_name, venue_id, online, capacity, fee_yen,
				    application_opens_at, application_closes_at, first_session_starts_at, last_session_ends_at,
				    selection_method, eligibility, min_age, max_age, childcare_offered, childcare_capacity,
				    childcare_min_age, childcare_max_age, easy_japanese, english_support, status, cancel_reason,
				    created_at, updated_at)
				overriding system value
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				rows, rows.size(), CourseGenerator::setCourse);
		var audiences = new ArrayList<Object[]>();
		var sessions = new ArrayList<Object[]>();
		var links = new ArrayList<long[]>();
		var scopes = new ArrayList<long[]>();
		for (var row : rows) {
			if (!planTargets.isEmpty()) {
				var linked = new LinkedHashSet<List<Long>>();
				linked.add(planTargets.get((int) (row.id() % planTargets.size())));
				if (row.id() % 3 == 0) {
					linked.add(planTargets.get((int) (row.id() * 7 % planTargets.size())));
				}
				var scope = new LinkedHashSet<Long>();
				for (var target : linked) {
					links.add(new long[] { row.id(), target.get(0) });
					scope.addAll(target);
				}
				scope.forEach(node -> scopes.add(new long[] { row.id(), node }));
			}
			row.audiences().forEach(a -> audiences.add(new Object[] { row.id(), a.name() }));
			int position = 0;
			for (var session : row.sessions()) {
				sessions.add(new Object[] { row.id(), position++, session.date(), session.startsAt(), session.endsAt() });
			}
		}
		jdbc.batchUpdate("insert into course_audience (course_id, audience) values (?, ?)", audiences, CHUNK * 3,
				(ps, a) -> {
					ps.setLong(1, (Long) a[0]);
					ps.setString(2, (String) a[1]);
				});
		jdbc.batchUpdate("insert into course_plan_node (course_id, plan_node_id) values (?, ?)", links, CHUNK * 2,
				(ps, l) -> {
					ps.setLong(1, l[0]);
					ps.setLong(2, l[1]);
				});
		jdbc.batchUpdate("insert into course_plan_scope (course_id, plan_node_id) values (?, ?)", scopes, CHUNK * 5,
				(ps, l) -> {
					ps.setLong(1, l[0]);
					ps.setLong(2, l[1]);
				});
		jdbc.batchUpdate("""
				insert into course_session (course_id, position, session_date, starts_at, ends_at)
				values (?, ?, ?, ?, ?)""", sessions, CHUNK * 5, (ps, s) -> {
			ps.setLong(1, (Long) s[0]);
			ps.setInt(2, (Integer) s[1]);
			ps.setObject(3, s[2]);
			ps.setObject(4, s[3]);
			ps.setObject(5, s[4]);
		});
	}

	private static void setCourse(PreparedStatement ps, GeneratedCourses.Row r) throws SQLException {
		int i = 1;
		ps.setLong(i++, r.id());
		ps.setString(i++, r.title());
		ps.setString(i++, r.titleEn());
		ps.setString(i++, r.summary());
		ps.setString(i++, r.summaryEn());
		ps.setString(i++, r.description());
		ps.setString(i++, r.categoryCode());
		ps.setString(i++, r.organizerType().name());
		ps.setString(i++, r.organizerName());
		if (r.venueId() == null) {
			ps.setNull(i++, Types.BIGINT);
		}
		else {
			ps.setLong(i++, r.venueId());
		}
		ps.setBoolean(i++, r.online());
		ps.setInt(i++, r.capacity());
		ps.setInt(i++, r.feeYen());
		ps.setObject(i++, utc(r.opensAt()));
		ps.setObject(i++, utc(r.closesAt()));
		ps.setObject(i++, utc(r.firstStartsAt()));
		ps.setObject(i++, utc(r.lastEndsAt()));
		ps.setString(i++, r.selectionMethod().name());
		ps.setString(i++, r.eligibility().name());
		setInteger(ps, i++, r.minAge());
		setInteger(ps, i++, r.maxAge());
		ps.setBoolean(i++, r.childcareCapacity() != null);
		setInteger(ps, i++, r.childcareCapacity());
		setInteger(ps, i++, r.childcareMinAge());
		setInteger(ps, i++, r.childcareMaxAge());
		ps.setBoolean(i++, r.easyJapanese());
		ps.setBoolean(i++, r.englishSupport());
		ps.setString(i++, r.status().name());
		ps.setString(i++, r.cancelReason());
		ps.setObject(i++, utc(r.createdAt()));
		ps.setObject(i, utc(r.createdAt()));
	}

	private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}

	private static Object utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * Course rows composed from vocabulary lists: plausible Japanese titles, summaries and
	 * descriptions, spread over categories, venues, audiences, days, time bands, fees and methods.
	 * Each row keeps the table's constraints (window before the first session, childcare complete,
	 * ages in order, a place for every course).
	 */
	static final class GeneratedCourses {

		record Session(LocalDate date, LocalTime startsAt, LocalTime endsAt) {
		}

		record Row(long id, String title, String titleEn, String summary, String summaryEn, String description,
				String categoryCode, OrganizerType organizerType, String organizerName, Long venueId, boolean online,
				int capacity, int feeYen, Instant opensAt, Instant closesAt, Instant firstStartsAt,
				Instant lastEndsAt, SelectionMethod selectionMethod, Eligibility eligibility, Integer minAge,
				Integer maxAge, Integer childcareCapacity, Integer childcareMinAge, Integer childcareMaxAge,
				boolean easyJapanese, boolean englishSupport, Set<Audience> audiences, CourseStatus status,
				String cancelReason, Instant createdAt, List<Session> sessions) {
		}

		/** Topics by category: Japanese, English. */
		static final Map<String, List<String[]>> TOPICS = Map.ofEntries(
				Map.entry("language", topics("英会話", "English conversation", "英語", "English", "中国語", "Chinese",
						"韓国語", "Korean", "スペイン語", "Spanish", "フランス語", "French", "日本語", "Japanese",
						"ベトナム語", "Vietnamese", "ビジネス英語", "business English", "英文法", "English grammar")),
				Map.entry("it", topics("パソコン", "computers", "スマホ", "smartphones", "プログラミング", "programming",
						"エクセル", "Excel", "タブレット", "tablets", "SNS", "social media", "動画編集", "video editing",
						"ネットの安全", "online safety", "AI活用", "using AI", "ホームページ作成", "building a website")),
				Map.entry("disaster", topics("防災", "disaster preparedness", "応急手当", "first aid", "救命講習",
						"life-saving", "防犯", "crime prevention", "家具の転倒防止", "securing furniture", "避難所運営",
						"running a shelter", "備蓄", "emergency stock", "地震への備え", "earthquake readiness")),
				Map.entry("parenting", topics("子育て", "parenting", "絵本", "picture books", "離乳食", "baby food",
						"子どもの睡眠", "children's sleep", "親子あそび", "parent-and-child play", "思春期の子育て",
						"raising teenagers", "家族の会話", "family talk", "子どもの安全", "child safety")),
				Map.entry("health", topics("ヨガ", "yoga", "ウォーキング", "walking", "健康体操", "exercise",
						"健康料理", "healthy cooking", "ストレッチ", "stretching", "認知症予防", "dementia prevention",
						"栄養", "nutrition", "太極拳", "tai chi", "ピラティス", "Pilates", "よい睡眠", "better sleep")),
				Map.entry("culture", topics("書道", "calligraphy", "俳句", "haiku", "写真", "photography", "茶道",
						"tea ceremony", "水彩画", "watercolour", "短歌", "tanka", "陶芸", "pottery", "合唱", "choir",
						"落語", "rakugo", "いけばな", "ikebana", "料理", "cooking")),
				Map.entry("history", topics("豊島の歴史", "Toshima's history", "江戸の歴史", "Edo history", "郷土史",
						"local history", "古地図", "old maps", "歴史散歩", "history walks", "戦後の池袋",
						"post-war Ikebukuro", "寺社めぐり", "temples and shrines", "地域の文化財", "local heritage")),
				Map.entry("welfare", topics("手話", "sign language", "点字", "braille", "介護", "caregiving",
						"認知症", "dementia", "傾聴", "active listening", "福祉", "welfare", "障害理解",
						"understanding disability", "要約筆記", "captioning")),
				Map.entry("environment", topics("SDGs", "the SDGs", "リサイクル", "recycling", "省エネ",
						"saving energy", "食品ロス", "food waste", "自然観察", "nature watching", "緑化", "greening",
						"気候変動", "climate change")),
				Map.entry("career", topics("起業", "starting a business", "再就職", "returning to work", "資格取得",
						"qualifications", "簿記", "bookkeeping", "キャリアプラン", "career planning", "副業",
						"side businesses", "働き方", "ways of working")),
				Map.entry("international", topics("国際交流", "international exchange", "多文化共生",
						"living together", "異文化理解", "other cultures", "世界の料理", "world cooking",
						"やさしい日本語", "easy Japanese", "留学生との交流", "meeting international students")),
				Map.entry("community", topics("ボランティア", "volunteering", "地域活動", "community work", "まちづくり",
						"town planning", "町会活動", "neighbourhood associations", "NPO運営", "running an NPO",
						"子ども食堂", "children's cafeterias", "見守り活動", "neighbourhood watch")));

		static final String[] TITLES = { "はじめての%s講座", "%s入門", "やさしい%s", "%sステップアップ講座", "%sを楽しむ会",
				"ゼロから学ぶ%s", "%s教室", "%s基礎講座", "週末の%s", "%s実践講座", "みんなの%s", "%sセミナー" };

		static final String[] TITLES_EN = { "A first course in %s", "Introduction to %s", "%s made easy",
				"%s, the next step", "Enjoying %s", "%s from scratch", "%s class", "%s basics", "%s at the weekend",
				"%s in practice", "%s for everyone", "%s seminar" };

		static final String[] OPENINGS = { "%sの基礎から丁寧に学びます。", "%sの楽しさにふれる講座です。",
				"%sを暮らしに生かすこつをお伝えします。", "%sについて、身近な例を使ってわかりやすく解説します。",
				"経験豊かな講師と一緒に%sに取り組みます。", "%sをはじめたい方のための講座です。" };

		static final String[] PHRASES = { "はじめての方も歓迎します。", "少人数でじっくり進めます。", "仲間づくりにもおすすめです。",
				"講師は区内で活動する専門家です。", "毎回、質問の時間があります。", "実習を中心に進めます。", "自分のペースで参加できます。",
				"修了後は自主サークルとして続けることもできます。", "地域の方との交流の時間もあります。", "家でも続けられる内容です。" };

		static final String[] BRING = { "筆記用具をお持ちください。", "動きやすい服装でお越しください。", "飲み物をお持ちください。",
				"教材は会場で用意します。", "教材費は受講料に含みます。" };

		static final Map<Audience, String> FOR = Map.of(Audience.CHILDREN, "小学生", Audience.PARENT_CHILD, "親子",
				Audience.YOUTH, "若者", Audience.WORKERS, "働く世代", Audience.SENIORS, "シニア",
				Audience.FOREIGN_RESIDENTS, "外国人住民", Audience.DISABILITIES, "障害のある方", Audience.EVERYONE, "区民");

		static final String[] DEPARTMENTS = { "豊島区 文化商工部 学習・スポーツ課", "豊島区 総務部 防災危機管理課",
				"豊島区 子ども家庭部 子育て支援課", "豊島区 保健福祉部 高齢者福祉課", "豊島区 保健福祉部 障害福祉課",
				"豊島区 池袋保健所 健康推進課", "豊島区 環境清掃部 環境政策課", "豊島区 文化商工部 文化デザイン課", "豊島区立中央図書館",
				"豊島区立郷土資料館" };

		static final String[] PARTNERS = { "立教大学 社会連携推進課", "学習院大学 生涯学習センター", "大正大学 地域構想研究所",
				"女子栄養大学 駒込キャンパス 地域連携室", "豊島区社会福祉協議会", "NPO法人 としま多文化ネット", "NPO法人 池袋シニアITサポート",
				"一般社団法人 としま健康づくり協会" };

		static final String[] RESIDENT_GROUPS = { "区民企画「目白の森を歩く会」", "区民企画「雑司が谷ことのは会」",
				"区民企画「としまパパネット」", "区民企画「椎名町まちあるきの会」", "区民企画「巣鴨まなびの会」" };

		static final String[] CANCEL_REASONS = { "講師の都合により中止します。", "申込者が少なかったため中止します。",
				"会場の設備点検のため中止します。", "荒天が予報されているため中止します。" };

		static final LocalTime[] MORNING = { LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30) };
		static final LocalTime[] AFTERNOON = { LocalTime.of(13, 0), LocalTime.of(13, 30), LocalTime.of(14, 0),
				LocalTime.of(15, 0) };
		static final LocalTime[] EVENING = { LocalTime.of(18, 30), LocalTime.of(19, 0), LocalTime.of(19, 30) };
		static final int[] FEES = { 300, 500, 800, 1000, 1500, 2000, 2500, 3000, 4000, 5000 };
		static final Audience[] AUDIENCES = Audience.values();

		private final Random random;
		private final List<String> categories;
		private final List<Long> venues;
		private final LocalDate today;
		private final Instant now;

		GeneratedCourses(Random random, List<String> categories, List<Long> venues, LocalDate today, Instant now) {
			this.random = random;
			this.categories = categories;
			this.venues = venues;
			this.today = today;
			this.now = now;
		}

		private static List<String[]> topics(String... pairs) {
			var topics = new ArrayList<String[]>();
			for (int i = 0; i < pairs.length; i += 2) {
				topics.add(new String[] { pairs[i], pairs[i + 1] });
			}
			return topics;
		}

		Row next(long id) {
			String category = pick(categories);
			var topicPair = pick(TOPICS.getOrDefault(category, TOPICS.get("community")));
			String topic = topicPair[0];

			var main = pick(AUDIENCES);
			var audiences = EnumSet.of(main);
			if (random.nextInt(3) == 0) {
				audiences.add(pick(AUDIENCES));
			}

			// Sessions: 1 to 5 (3 on average), weekly or on consecutive days, in one time band.
			int count = 1 + random.nextInt(5);
			int every = random.nextInt(5) == 0 ? 1 : 7;
			var first = today.plusDays(random.nextInt(300) - 120);
			int band = random.nextInt(100);
			var start = band < 40 ? pick(MORNING) : band < 75 ? pick(AFTERNOON) : pick(EVENING);
			var end = start.plusMinutes(60 + 30L * random.nextInt(3));
			var sessions = new ArrayList<Session>(count);
			for (int i = 0; i < count; i++) {
				sessions.add(new Session(first.plusDays((long) i * every), start, end));
			}
			var last = sessions.get(count - 1);
			Instant firstStartsAt = first.atTime(start).atZone(Course.ZONE).toInstant();
			Instant lastEndsAt = last.date().atTime(end).atZone(Course.ZONE).toInstant();

			var selection = random.nextInt(10) < 6 ? SelectionMethod.FIRST_COME : SelectionMethod.LOTTERY;
			var closesDay = first.minusDays(selection == SelectionMethod.LOTTERY ? 7 + random.nextInt(8)
					: 1 + random.nextInt(7));
			Instant closesAt = closesDay.atTime(17, 0).atZone(Course.ZONE).toInstant();
			Instant opensAt = closesDay.minusDays(14 + random.nextInt(22)).atTime(9, 0).atZone(Course.ZONE).toInstant();

			boolean online = random.nextInt(100) < 15;
			Long venueId = (online && random.nextBoolean()) || venues.isEmpty() ? null : pick(venues);
			online = online || venueId == null;
			boolean childcare = main != Audience.CHILDREN && random.nextInt(100) < 12;
			boolean easyJapanese = audiences.contains(Audience.FOREIGN_RESIDENTS) || random.nextInt(100) < 5;
			boolean english = (audiences.contains(Audience.FOREIGN_RESIDENTS) && random.nextBoolean())
					|| random.nextInt(100) < 4;
			int fee = random.nextBoolean() ? 0 : FEES[random.nextInt(FEES.length)];

			Integer minAge = null;
			Integer maxAge = null;
			if (main == Audience.CHILDREN) {
				minAge = 6;
				maxAge = 12;
			}
			else if (main == Audience.YOUTH) {
				minAge = 15;
				maxAge = 39;
			}
			else if (main == Audience.SENIORS && random.nextBoolean()) {
				minAge = 60 + 5 * random.nextInt(2);
			}

			var organizerType = random.nextInt(10) < 6 ? OrganizerType.DEPARTMENT
					: random.nextInt(3) < 2 ? OrganizerType.PARTNER : OrganizerType.RESIDENTS;
			String organizer = switch (organizerType) {
				case DEPARTMENT -> pick(DEPARTMENTS);
				case PARTNER -> pick(PARTNERS);
				case RESIDENTS -> pick(RESIDENT_GROUPS) + "（市民提案型講座）";
			};

			int titleForm = random.nextInt(TITLES.length);
			String title = main != Audience.EVERYONE && random.nextInt(3) == 0
					? FOR.get(main) + "のための" + String.format(TITLES[titleForm], topic)
					: String.format(TITLES[titleForm], topic);
			boolean withEnglish = random.nextInt(3) == 0;
			String titleEn = withEnglish ? capitalize(String.format(TITLES_EN[titleForm], topicPair[1])) : null;

			var summary = new StringBuilder(String.format(pick(OPENINGS), topic));
			int phrases = 1 + random.nextInt(2);
			for (int i = 0; i < phrases; i++) {
				summary.append(pick(PHRASES));
			}
			if (TimeBand.of(start) == TimeBand.EVENING) {
				summary.append(random.nextBoolean() ? "仕事帰りに参加しやすい夜の講座です。" : "平日や週末の夜に開催します。");
			}
			String summaryEn = withEnglish ? "A course on " + topicPair[1] + " run by " + organizerEn(organizerType)
					+ ", " + count + (count == 1 ? " session." : " sessions.") : null;

			var description = new StringBuilder(summary).append('\n');
			description.append("全").append(count).append("回の講座です。");
			if (childcare) {
				description.append("託児があります（申込時に予約してください）。");
			}
			if (online) {
				description.append(venueId == null ? "オンラインで自宅から参加できます。" : "会場とオンラインのどちらでも参加できます。");
			}
			if (easyJapanese) {
				description.append("やさしい日本語で進めます。");
			}
			if (english) {
				description.append("英語での説明もあります。");
			}
			description.append(pick(BRING));

			var status = CourseStatus.PUBLISHED;
			String cancelReason = null;
			int roll = random.nextInt(100);
			if (lastEndsAt.isBefore(now)) {
				status = roll < 97 ? CourseStatus.HELD : CourseStatus.CANCELLED;
			}
			else if (roll < 3) {
				status = CourseStatus.CANCELLED;
			}
			else if (roll < 6) {
				status = CourseStatus.DRAFT;
			}
			if (status == CourseStatus.CANCELLED) {
				cancelReason = pick(CANCEL_REASONS);
			}
			Instant createdAt = opensAt.minus(Duration.ofDays(7 + random.nextInt(30)));
			if (createdAt.isAfter(now)) {
				createdAt = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
			}

			return new Row(id, title, titleEn, summary.toString(), summaryEn, description.toString(), category,
					organizerType, organizer, venueId, online, 10 + 5 * random.nextInt(19), fee, opensAt, closesAt,
					firstStartsAt, lastEndsAt, selection, Eligibility.values()[random.nextInt(3)], minAge, maxAge,
					childcare ? 3 + random.nextInt(8) : null, childcare ? random.nextInt(2) : null,
					childcare ? 5 + random.nextInt(2) : null, easyJapanese, english, audiences, status, cancelReason,
					createdAt, sessions);
		}

		private static String organizerEn(OrganizerType type) {
			return switch (type) {
				case DEPARTMENT -> "the ward";
				case PARTNER -> "a partner of the ward";
				case RESIDENTS -> "residents";
			};
		}

		private static String capitalize(String text) {
			return Character.toUpperCase(text.charAt(0)) + text.substring(1);
		}

		private <T> T pick(List<T> values) {
			return values.get(random.nextInt(values.size()));
		}

		private <T> T pick(T[] values) {
			return values[random.nextInt(values.length)];
		}
	}
}
