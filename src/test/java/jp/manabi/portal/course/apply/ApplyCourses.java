package jp.manabi.portal.course.apply;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.QuestionKind;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.ApplicationRules;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseQuestion;
import jp.manabi.portal.course.domain.CourseService;

/** Published courses open for applications, for the application tests. */
class ApplyCourses {

	static final List<CourseQuestion.Definition> FOUR_KINDS = List.of(
			new CourseQuestion.Definition(QuestionKind.TEXT, "受講のきっかけ", "What brought you here", true, null, null, null),
			new CourseQuestion.Definition(QuestionKind.CHOICE, "参加のしかた", null, true, List.of("会場", "オンライン"), null, null),
			new CourseQuestion.Definition(QuestionKind.NUMBER, "パソコン歴（年）", null, false, null, 0, 50),
			new CourseQuestion.Definition(QuestionKind.YES_NO, "初めての参加ですか", null, false, null, null, null));

	private final CourseService courses;
	private final JdbcClient jdbc;

	ApplyCourses(CourseService courses, JdbcClient jdbc) {
		this.courses = courses;
		this.jdbc = jdbc;
	}

	long firstCome(int capacity) {
		return create(capacity, SelectionMethod.FIRST_COME, null);
	}

	long lottery(int capacity) {
		return create(capacity, SelectionMethod.LOTTERY, null);
	}

	/** Childcare for {@code places} children aged 1 to 6. */
	long withChildcare(int capacity, int places) {
		return create(capacity, SelectionMethod.FIRST_COME, places);
	}

	void settings(long course, ApplicationRules rules, List<CourseQuestion.Definition> questions) {
		courses.changeApplicationSettings(course, rules, questions);
	}

	/** Residents straight into the table: hashing passwords for each would take longer than the test. */
	List<Long> residents(int count) {
		String run = String.valueOf(System.nanoTime());
		var ids = jdbc.sql("""
				insert into account (email, password_hash, display_name, furigana, residency, preferred_language,
				                     email_verified_at, area_code)
				select 'apply-' || :run || '-' || g || '@test.manabi.example', '{noop}unused', '試験 申込者',
				       'しけん もうしこみしゃ', 'LIVES', 'ja', now(), 'ikebukuro'
				from generate_series(1, :count) g
				returning id""").param("run", run).param("count", count).query(Long.class).list();
		jdbc.sql("insert into account_role (account_id, role) select id, 'RESIDENT' from account where email like :pattern")
				.param("pattern", "apply-" + run + "-%").update();
		return ids.stream().sorted().toList();
	}

	private long create(int capacity, SelectionMethod method, Integer childcarePlaces) {
		var now = Instant.now();
		boolean childcare = childcarePlaces != null;
		long id = courses.create(new CourseDetails("申込み試験講座 " + System.nanoTime(), null, "申込みの試験です。", null, "",
				"it", OrganizerType.DEPARTMENT, "学習・スポーツ課", null, true, capacity, 0, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(7)), method, Eligibility.ANYONE, null, null, childcare, childcarePlaces,
				childcare ? 1 : null, childcare ? 6 : null, false, false, EnumSet.of(Audience.EVERYONE)),
				List.of(new SessionTime(LocalDate.now(Course.ZONE).plusWeeks(3), LocalTime.of(10, 0), LocalTime.of(12, 0))));
		courses.publish(id);
		return id;
	}
}
