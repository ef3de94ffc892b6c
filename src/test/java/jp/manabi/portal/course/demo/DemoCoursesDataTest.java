package jp.manabi.portal.course.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.shared.time.TimeBand;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.demo.DemoCourse;
import jp.manabi.portal.course.domain.demo.DemoCourseData;
import jp.manabi.portal.course.domain.demo.DemoVenue;

/** The demo data files are complete, consistent with the schema and the plan, and varied enough to demo search. */
class DemoCoursesDataTest {

	/** Words the catalogue search is demonstrated and tested with. */
	static final List<String> SEARCH_WORDS = List.of("防災", "英語", "子育て", "パソコン", "スマホ", "手話", "高齢者", "夜",
			"書道", "歴史", "ヨガ", "日本語", "プログラミング", "料理", "絵本", "認知症", "介護", "写真", "俳句", "SDGs");

	static DemoCourseData data;
	static List<DemoCourse> courses;

	@BeforeAll
	static void load() {
		data = DemoCourseData.load();
		courses = data.courses();
	}

	@Test
	void hasEnoughCoursesAndVenuesWithUniqueKeys() {
		assertThat(courses).hasSizeGreaterThanOrEqualTo(60);
		assertThat(data.venues()).hasSizeBetween(10, 16);
		assertThat(courses.stream().map(DemoCourse::key).distinct()).hasSameSizeAs(courses);
		// Unique titles let other demo loaders (e.g. plan links) find a loaded course by its title.
		assertThat(courses.stream().map(DemoCourse::title).distinct()).hasSameSizeAs(courses);
		assertThat(data.venues().stream().map(DemoVenue::key).distinct()).hasSameSizeAs(data.venues());
		assertThat(data.venues().stream().map(v -> v.name() + "/" + v.room()).distinct()).hasSameSizeAs(data.venues());
	}

	@Test
	void usesEveryCategoryOfTheMigrationAndNoOther() throws IOException {
		var categories = new LinkedHashSet<String>();
		var matcher = Pattern.compile("\\(\\s*'([a-z_-]+)'\\s*,").matcher(resource("db/migration/V21__course_categories.sql"));
		while (matcher.find()) {
			categories.add(matcher.group(1));
		}
		assertThat(categories).hasSize(12);
		assertThat(courses.stream().map(DemoCourse::categoryCode).collect(Collectors.toSet()))
				.containsExactlyInAnyOrderElementsOf(categories);
	}

	@Test
	void venuesAreInTheWardsAreasAndCoursesHaveAPlace() throws IOException {
		Map<String, Object> config = new Yaml(new SafeConstructor(new LoaderOptions())).load(resource("application.yaml"));
		@SuppressWarnings("unchecked")
		var areas = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) config.get("portal"))
				.get("municipality")).get("areas")).stream().map(a -> (String) a.get("code")).toList();
		for (var venue : data.venues()) {
			assertThat(areas).as(venue.key()).contains(venue.area());
			assertThat(venue.address()).as(venue.key()).startsWith("東京都豊島区");
			assertThat(venue.access()).as(venue.key()).contains("徒歩");
			assertThat(venue.barrierFree()).as(venue.key()).isNotBlank();
			assertThat(venue.name().length()).isLessThanOrEqualTo(200);
		}
		var venueKeys = data.venues().stream().map(DemoVenue::key).collect(Collectors.toSet());
		for (var course : courses) {
			assertThat(course.venueKey() != null || course.online()).as(course.key()).isTrue();
			if (course.venueKey() != null) {
				assertThat(venueKeys).as(course.key()).contains(course.venueKey());
			}
		}
		assertThat(courses.stream().map(DemoCourse::venueKey).filter(Objects::nonNull).collect(Collectors.toSet()))
				.as("every venue is used").containsExactlyInAnyOrderElementsOf(venueKeys);
	}

	@Test
	void everySearchWordFindsSomeCoursesButNotAll() {
		for (var word : SEARCH_WORDS) {
			long hits = courses.stream().filter(c -> c.japaneseText().contains(word)).count();
			assertThat(hits).as("courses containing %s", word).isPositive().isLessThan(courses.size() / 2);
		}
		assertThat(courses.stream().filter(c -> c.japaneseText().contains("夜") && has(c, TimeBand.EVENING)))
				.as("courses that say 夜 and meet in the evening").hasSizeGreaterThanOrEqualTo(5);
		assertThat(courses).as("パソコン is written in katakana").anyMatch(c -> c.title().contains("パソコン"));
	}

	@Test
	void windowsCloseBeforeTheFirstSessionWhateverTheDayOfLoading() {
		var monday = LocalDate.of(2026, 6, 1);
		for (int d = 0; d < 7; d++) {
			var loadDay = monday.plusDays(d);
			for (var course : courses) {
				var opens = course.applicationOpensAt(loadDay);
				var closes = course.applicationClosesAt(loadDay);
				assertThat(closes).as(course.key()).isAfter(opens);
				assertThat(closes).as(course.key()).isBeforeOrEqualTo(course.firstSessionStartsAt(loadDay));
				course.sessionTimes(loadDay)
						.forEach(s -> assertThat(s.endsAt()).as(course.key()).isAfter(s.startsAt()));
			}
		}
	}

	@Test
	void mixesHeldAcceptingOpeningSoonAndCancelledCourses() {
		var monday = LocalDate.of(2026, 6, 1);
		for (int d = 0; d < 7; d++) {
			var loadDay = monday.plusDays(d);
			Instant now = loadDay.atTime(12, 0).atZone(Course.ZONE).toInstant();
			int accepting = 0;
			int soon = 0;
			for (var course : courses) {
				switch (course.status()) {
					case HELD -> assertThat(course.lastSessionEndsAt(loadDay)).as(course.key()).isBefore(now);
					case CANCELLED -> assertThat(course.cancelReason()).as(course.key()).isNotBlank();
					case PUBLISHED, DRAFT -> assertThat(course.firstSessionStartsAt(loadDay)).as(course.key()).isAfter(now);
				}
				if (course.status() != CourseStatus.CANCELLED) {
					assertThat(course.cancelReason()).as(course.key()).isNull();
				}
				if (course.status() == CourseStatus.PUBLISHED && !now.isBefore(course.applicationOpensAt(loadDay))
						&& now.isBefore(course.applicationClosesAt(loadDay))) {
					accepting++;
					long days = Duration.between(now, course.firstSessionStartsAt(loadDay)).toDays();
					assertThat(days).as("%s starts within 1-8 weeks", course.key()).isBetween(6L, 62L);
				}
				if (course.status() == CourseStatus.PUBLISHED && now.isBefore(course.applicationOpensAt(loadDay))) {
					soon++;
				}
			}
			assertThat(accepting).isGreaterThanOrEqualTo(30);
			assertThat(soon).isGreaterThanOrEqualTo(10);
		}
		assertThat(count(c -> c.status() == CourseStatus.HELD)).isGreaterThanOrEqualTo(8);
		assertThat(count(c -> c.status() == CourseStatus.CANCELLED)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void everyPlanActionExistsInToshimasPlan() throws IOException {
		var codes = new HashSet<String>();
		try (var in = Files.newInputStream(Path.of("db/plans/toshima.yaml"))) {
			Map<String, Object> plan = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			collectCodes(plan.get("goals"), 1, codes);
		}
		assertThat(codes).contains("a-1-a-a", "a-3-c-c");
		for (var course : courses) {
			assertThat(course.planActionCodes()).as(course.key()).isNotEmpty().doesNotHaveDuplicates();
			assertThat(codes).as(course.key()).containsAll(course.planActionCodes());
		}
		var used = courses.stream().flatMap(c -> c.planActionCodes().stream()).collect(Collectors.toSet());
		assertThat(used).as("most of the plan's 取組み are served by some course").hasSizeGreaterThanOrEqualTo(14);
	}

	/** Codes of 施策 (level 3) and 取組み (level 4): the levels courses may link to. */
	@SuppressWarnings("unchecked")
	private static void collectCodes(Object nodes, int level, Set<String> codes) {
		if (nodes == null) {
			return;
		}
		for (var node : (List<Map<String, Object>>) nodes) {
			if (level >= 3) {
				codes.add(String.valueOf(node.get("code")));
			}
			collectCodes(node.get("children"), level + 1, codes);
		}
	}

	@Test
	void coversTheFacetsResidentsSearchBy() {
		var audiences = EnumSet.noneOf(Audience.class);
		courses.forEach(c -> audiences.addAll(c.audiences()));
		assertThat(audiences).containsAll(EnumSet.complementOf(EnumSet.of(Audience.EVERYONE)));
		for (var band : TimeBand.values()) {
			assertThat(count(c -> has(c, band))).as(band.name()).isGreaterThanOrEqualTo(8);
		}
		var loadDay = LocalDate.of(2026, 6, 1);
		var days = EnumSet.noneOf(DayOfWeek.class);
		courses.forEach(c -> c.sessionTimes(loadDay).forEach(s -> days.add(s.date().getDayOfWeek())));
		assertThat(days).containsExactlyInAnyOrder(DayOfWeek.values());
		assertThat(count(c -> c.sessionTimes(loadDay).stream().anyMatch(s -> s.date().getDayOfWeek().getValue() >= 6)))
				.as("weekend courses").isGreaterThanOrEqualTo(15);
		assertThat(count(c -> c.feeYen() == 0)).isGreaterThanOrEqualTo(20);
		assertThat(count(c -> c.feeYen() > 0)).isGreaterThanOrEqualTo(15);
		assertThat(count(c -> c.childcare() != null)).isGreaterThanOrEqualTo(5);
		assertThat(count(c -> c.online() && c.venueKey() == null)).as("online only").isGreaterThanOrEqualTo(3);
		assertThat(count(c -> c.online() && c.venueKey() != null)).as("hybrid").isGreaterThanOrEqualTo(2);
		assertThat(count(DemoCourse::easyJapanese)).isGreaterThanOrEqualTo(5);
		assertThat(count(DemoCourse::englishSupport)).isGreaterThanOrEqualTo(5);
		for (var method : SelectionMethod.values()) {
			assertThat(count(c -> c.selectionMethod() == method)).as(method.name()).isGreaterThanOrEqualTo(15);
		}
		for (var eligibility : Eligibility.values()) {
			assertThat(count(c -> c.eligibility() == eligibility)).as(eligibility.name()).isGreaterThanOrEqualTo(5);
		}
		for (var type : OrganizerType.values()) {
			assertThat(count(c -> c.organizerType() == type)).as(type.name()).isGreaterThanOrEqualTo(4);
		}
		assertThat(count(c -> c.minAge() != null || c.maxAge() != null)).isGreaterThanOrEqualTo(10);
		assertThat(count(c -> c.sessionTimes(loadDay).size() == 1)).isGreaterThanOrEqualTo(15);
		assertThat(count(c -> c.sessionTimes(loadDay).size() > 1)).isGreaterThanOrEqualTo(15);
		long english = count(c -> c.titleEn() != null);
		assertThat(english).as("about a third have an English title").isBetween(courses.size() / 4L,
				courses.size() / 2L);
		assertThat(count(c -> c.titleEn() != null && c.summaryEn() == null)).isZero();
	}

	@Test
	void keepsToTheDatabaseConstraints() {
		for (var course : courses) {
			var key = course.key();
			assertThat(course.title().length()).as(key).isLessThanOrEqualTo(200);
			assertThat(course.summary().length()).as(key).isLessThanOrEqualTo(500);
			assertThat(course.summaryEn() == null ? 0 : course.summaryEn().length()).as(key).isLessThanOrEqualTo(500);
			assertThat(course.description().length()).as(key).isLessThanOrEqualTo(10_000);
			assertThat(course.organizerName().length()).as(key).isLessThanOrEqualTo(200);
			assertThat(course.capacity()).as(key).isPositive();
			assertThat(course.feeYen()).as(key).isNotNegative();
			if (course.minAge() != null && course.maxAge() != null) {
				assertThat(course.minAge()).as(key).isLessThanOrEqualTo(course.maxAge());
			}
			if (course.childcare() != null) {
				assertThat(course.childcare().capacity()).as(key).isPositive();
				assertThat(course.childcare().minAge()).as(key).isLessThanOrEqualTo(course.childcare().maxAge());
			}
			assertThat(course.cancelReason() == null ? 0 : course.cancelReason().length()).as(key)
					.isLessThanOrEqualTo(1000);
		}
	}

	private static boolean has(DemoCourse course, TimeBand band) {
		return course.sessionTimes(LocalDate.of(2026, 6, 1)).stream().anyMatch(s -> TimeBand.of(s.startsAt()) == band);
	}

	private static long count(Predicate<DemoCourse> predicate) {
		return courses.stream().filter(predicate).count();
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = DemoCoursesDataTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
