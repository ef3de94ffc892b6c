package jp.manabi.portal.course.search;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.course.domain.Venue;
import jp.manabi.portal.course.domain.VenueRepository;

/**
 * A small catalogue with known contents, created once per test run, so search tests can say
 * exactly which courses a query must and must not return.
 */
@Component
public class CourseFixtures {

	public enum Timing {
		/** Accepting now; first session in three weeks. */
		ACCEPTING,
		/** Window opens next month. */
		OPENS_LATER,
		/** Window closed yesterday; sessions next week. */
		CLOSED,
		/** Held last month. */
		PAST
	}

	public record Spec(String key, String title, String titleEn, String summary, String category,
			Set<Audience> audiences, DayOfWeek day, LocalTime start, int fee, boolean childcare, boolean online,
			boolean venue2, Timing timing, boolean publish) {
	}

	private static final List<Spec> SPECS = List.of(
			spec("bousai", "地域で備える防災講座", null, "避難所の運営と家庭の備えを学びます。", "disaster",
					EnumSet.of(Audience.EVERYONE), DayOfWeek.SATURDAY, "10:00", 0, false, false, false, Timing.ACCEPTING, true),
			spec("bousaiOyako", "親子で学ぶ防災ピクニック", null, "親子で非常食を試食します。", "disaster",
					EnumSet.of(Audience.PARENT_CHILD), DayOfWeek.SUNDAY, "13:00", 500, true, false, true, Timing.ACCEPTING, true),
			spec("eigo", "英語で話そう 初級英会話", "Beginner English conversation", "英語で自己紹介ができるようになります。",
					"language", EnumSet.of(Audience.WORKERS, Audience.YOUTH), DayOfWeek.WEDNESDAY, "19:00", 3000,
					false, false, false, Timing.ACCEPTING, true),
			spec("kosodate", "子育てひろば 絵本の読み聞かせ", null, "子育て中の方と赤ちゃんのための講座です。", "parenting",
					EnumSet.of(Audience.PARENT_CHILD), DayOfWeek.TUESDAY, "10:30", 0, true, false, true, Timing.ACCEPTING, true),
			spec("pasokon", "はじめてのパソコン（PC）入門", "Computers for beginners", "キーボードとマウスの使い方から学びます。",
					"it", EnumSet.of(Audience.SENIORS), DayOfWeek.MONDAY, "14:00", 1000, false, false, false,
					Timing.ACCEPTING, true),
			spec("sumaho", "シニアのためのスマホ教室", "Smartphone class for seniors", "電話、写真、地図アプリを使ってみましょう。",
					"it", EnumSet.of(Audience.SENIORS), DayOfWeek.THURSDAY, "10:00", 0, false, false, true,
					Timing.OPENS_LATER, true),
			spec("shuwa", "手話で話そう 入門", "Sign language for beginners", "あいさつと自己紹介の手話を覚えます。", "welfare",
					EnumSet.of(Audience.EVERYONE, Audience.DISABILITIES), DayOfWeek.FRIDAY, "18:30", 0, false, false,
					false, Timing.ACCEPTING, true),
			spec("shodo", "書道教室 楷書の基本", null, "筆の持ち方から楷書の基本を練習します。", "culture",
					EnumSet.of(Audience.EVERYONE), DayOfWeek.SATURDAY, "14:00", 800, false, false, false, Timing.CLOSED, true),
			spec("rekishi", "池袋の歴史を歩く", "Walking Ikebukuro history", "まち歩きで地域の歴史を学びます。", "history",
					EnumSet.of(Audience.SENIORS, Audience.EVERYONE), DayOfWeek.SUNDAY, "09:30", 0, false, false, true,
					Timing.ACCEPTING, true),
			spec("yoga", "夜のリラックスヨガ", null, "仕事帰りに体をほぐします。", "health",
					EnumSet.of(Audience.WORKERS), DayOfWeek.TUESDAY, "19:30", 500, false, false, false, Timing.ACCEPTING, true),
			spec("nihongo", "やさしい日本語で話そう", "Japanese for daily life", "外国人住民のための日本語教室です。", "international",
					EnumSet.of(Audience.FOREIGN_RESIDENTS), DayOfWeek.SUNDAY, "10:00", 0, true, false, false,
					Timing.ACCEPTING, true),
			spec("online", "オンラインで学ぶSDGs", "SDGs online", "自宅から参加できる環境講座です。", "environment",
					EnumSet.of(Audience.YOUTH), DayOfWeek.THURSDAY, "20:00", 0, false, true, false, Timing.ACCEPTING, true),
			spec("haiku", "俳句をつくろう", null, "季語を使って俳句をつくります。", "culture", EnumSet.of(Audience.SENIORS),
					DayOfWeek.FRIDAY, "13:30", 0, false, false, false, Timing.PAST, true),
			spec("draft", "下書きの防災講座", null, "まだ公開していない講座です。", "disaster", EnumSet.of(Audience.EVERYONE),
					DayOfWeek.SATURDAY, "10:00", 0, false, false, false, Timing.ACCEPTING, false));

	private final CourseService courses;
	private final VenueRepository venues;
	private final TransactionTemplate transactions;
	private Map<String, Long> ids;

	CourseFixtures(CourseService courses, VenueRepository venues, TransactionTemplate transactions) {
		this.courses = courses;
		this.venues = venues;
		this.transactions = transactions;
	}

	/** Creates the catalogue the first time it is asked for; returns the course ids by key. */
	public synchronized Map<String, Long> ids() {
		if (ids == null) {
			ids = transactions.execute(status -> create());
		}
		return ids;
	}

	private Map<String, Long> create() {
		var center = venues.save(new Venue("としま区民センター", "Toshima Community Center", "会議室A",
				"東京都豊島区東池袋1-20-10", "池袋駅東口から徒歩7分", "エレベーター、多目的トイレあり", "higashi-ikebukuro"));
		var garden = venues.save(new Venue("目白庭園 赤鳥庵", "Mejiro Garden", null, "東京都豊島区目白3-20-18",
				"目白駅から徒歩5分", "段差あり", "mejiro"));
		var created = new LinkedHashMap<String, Long>();
		for (var spec : SPECS) {
			long id = courses.create(details(spec, spec.online() ? null : (spec.venue2() ? garden : center).getId()),
					sessions(spec));
			if (spec.publish()) {
				courses.publish(id);
			}
			created.put(spec.key(), id);
		}
		return Map.copyOf(created);
	}

	private static CourseDetails details(Spec spec, Long venueId) {
		var now = Instant.now();
		var window = switch (spec.timing()) {
			case ACCEPTING -> new Instant[] { now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(10)) };
			case OPENS_LATER -> new Instant[] { now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(30)) };
			case CLOSED -> new Instant[] { now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)) };
			case PAST -> new Instant[] { now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(40)) };
		};
		return new CourseDetails(spec.title(), spec.titleEn(), spec.summary(), null, spec.summary() + " 詳しくは窓口まで。",
				spec.category(), OrganizerType.DEPARTMENT, "豊島区 学習・スポーツ課", venueId, spec.online(), 20, spec.fee(),
				window[0], window[1], spec.timing() == Timing.ACCEPTING && spec.fee() > 0 ? SelectionMethod.LOTTERY
						: SelectionMethod.FIRST_COME,
				Eligibility.ANYONE, null, null, spec.childcare(), spec.childcare() ? 5 : null, spec.childcare() ? 1 : null,
				spec.childcare() ? 6 : null, spec.key().equals("nihongo"), spec.titleEn() != null, spec.audiences());
	}

	private static List<SessionTime> sessions(Spec spec) {
		var today = LocalDate.now(Course.ZONE);
		var base = switch (spec.timing()) {
			case ACCEPTING -> today.plusWeeks(3);
			case OPENS_LATER -> today.plusWeeks(7);
			case CLOSED -> today.plusWeeks(1);
			case PAST -> today.minusWeeks(4);
		};
		var first = base.with(TemporalAdjusters.nextOrSame(spec.day()));
		return List.of(new SessionTime(first, spec.start(), spec.start().plusHours(2)),
				new SessionTime(first.plusWeeks(1), spec.start(), spec.start().plusHours(2)));
	}

	private static Spec spec(String key, String title, String titleEn, String summary, String category,
			Set<Audience> audiences, DayOfWeek day, String start, int fee, boolean childcare, boolean online,
			boolean venue2, Timing timing, boolean publish) {
		return new Spec(key, title, titleEn, summary, category, audiences, day, LocalTime.parse(start), fee, childcare,
				online, venue2, timing, publish);
	}
}
