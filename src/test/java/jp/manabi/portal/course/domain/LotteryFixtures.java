package jp.manabi.portal.course.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course.SessionTime;

/**
 * Lottery courses and their entries for tests: courses made through {@link CourseService},
 * entries stored as the application service stores them (status ENTERED), people straight into
 * the account table (many BCrypt hashes would take longer than the tests).
 */
public class LotteryFixtures {

	private final CourseService courses;
	private final CourseRepository courseRepository;
	private final CourseApplicationRepository applications;
	private final JdbcClient jdbc;

	public LotteryFixtures(CourseService courses, CourseRepository courseRepository,
			CourseApplicationRepository applications, JdbcClient jdbc) {
		this.courses = courses;
		this.courseRepository = courseRepository;
		this.applications = applications;
		this.jdbc = jdbc;
	}

	/** An account made for a test: its id and its address (for reading its mail). */
	public record Person(long id, String email) {
	}

	/** A published lottery course, open for applications, first session in three weeks. */
	public long openCourse(String title, int capacity, Integer childcareCapacity) {
		var now = Instant.now();
		boolean childcare = childcareCapacity != null;
		long id = courses.create(new CourseDetails(title, null, "抽選の講座です。", null, "", "it",
				OrganizerType.DEPARTMENT, "学習・スポーツ課", null, true, capacity, 0, now.minus(Duration.ofDays(3)),
				now.plus(Duration.ofDays(7)), SelectionMethod.LOTTERY, Eligibility.ANYONE, null, null, childcare,
				childcareCapacity, childcare ? 1 : null, childcare ? 6 : null, false, false,
				EnumSet.of(Audience.EVERYONE)),
				List.of(new SessionTime(LocalDate.now(Course.ZONE).plusWeeks(3), LocalTime.of(10, 0),
						LocalTime.of(12, 0))));
		courses.publish(id);
		return id;
	}

	/**
	 * Ends the application window a minute ago: the course may now be drawn. Through the service,
	 * so the search index learns it too (other tests search the same catalogue).
	 */
	public void close(long courseId) {
		var course = courseRepository.findWithEverything(courseId).orElseThrow();
		var d = course.details();
		var closed = new CourseDetails(d.title(), d.titleEn(), d.summary(), d.summaryEn(), d.description(),
				d.categoryCode(), d.organizerType(), d.organizerName(), d.venueId(), d.online(), d.capacity(),
				d.feeYen(), d.applicationOpensAt(), Instant.now().minus(Duration.ofMinutes(1)), d.selectionMethod(),
				d.eligibility(), d.minAge(), d.maxAge(), d.childcareOffered(), d.childcareCapacity(),
				d.childcareMinAge(), d.childcareMaxAge(), d.easyJapanese(), d.englishSupport(), d.audiences());
		var sessions = course.getSessions().stream()
				.map(session -> new SessionTime(session.getDate(), session.getStartsAt(), session.getEndsAt())).toList();
		courses.update(courseId, course.getVersion(), closed, sessions);
	}

	public void rules(long courseId, boolean residentsFirst, Integer firstTimerMonths, Instant confirmBy) {
		jdbc.sql("""
				update course set lottery_residents_first = :residents, lottery_first_timer_months = :months,
				lottery_confirm_by = :confirmBy where id = :id""").param("residents", residentsFirst)
				.param("months", firstTimerMonths)
				.param("confirmBy", confirmBy == null ? null : java.sql.Timestamp.from(confirmBy)).param("id", courseId)
				.update();
	}

	public List<Person> people(int count, Residency residency, String language) {
		String run = "lot-" + System.nanoTime();
		var people = jdbc.sql("""
				insert into account (email, password_hash, display_name, furigana, residency, preferred_language,
				                     email_verified_at, area_code)
				select :run || '-' || g || '@test.manabi.example', '{noop}unused', '抽選 太郎' || g,
				       'ちゅうせん たろう' || g, :residency, :language, now(), 'ikebukuro'
				from generate_series(1, :count) g
				returning id, email""").param("run", run).param("count", count).param("residency", residency.name())
				.param("language", language).query((rs, n) -> new Person(rs.getLong(1), rs.getString(2))).list();
		jdbc.sql("insert into account_role (account_id, role) select id, 'RESIDENT' from account where email like :pattern")
				.param("pattern", run + "-%").update();
		return people.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
	}

	public long enter(long courseId, long accountId) {
		return enter(courseId, accountId, List.of());
	}

	public long enter(long courseId, long accountId, List<Integer> childrenAges) {
		var request = new ApplicationRequest(childrenAges, null, null, Map.of());
		return applications.save(new CourseApplication(courseId, accountId, ApplicationStatus.ENTERED, request,
				Instant.now())).getId();
	}

	/** An entry staff took at the counter for someone without an account. */
	public long enterAtCounter(long courseId, String name, long staffId) {
		var applicant = new Applicant(name, "まどぐち はなこ", "03-0000-" + (1000 + (System.nanoTime() % 9000)), null,
				"ikebukuro");
		return applications.save(new CourseApplication(courseId, applicant, staffId, ApplicationStatus.ENTERED,
				ApplicationRequest.NOTHING, Instant.now())).getId();
	}

	public List<Long> enterAll(long courseId, List<Person> people) {
		var ids = new ArrayList<Long>();
		people.forEach(p -> ids.add(enter(courseId, p.id())));
		return ids;
	}

	/**
	 * The person had a place on a course whose last session ended {@code ago}: they are not a
	 * first-timer for courses that look back further than that.
	 */
	public void attended(long accountId, Duration ago) {
		long past = jdbc.sql("""
				insert into course (title, summary, description, category_code, organizer_type, organizer_name, online,
				    capacity, fee_yen, application_opens_at, application_closes_at, first_session_starts_at,
				    last_session_ends_at, selection_method, eligibility, childcare_offered, easy_japanese,
				    english_support, status, created_at, updated_at)
				select '過去の講座', '終わった講座です。', '', 'it', 'DEPARTMENT', '学習・スポーツ課', true, 10, 0,
				    ended - interval '40 days', ended - interval '30 days', ended - interval '2 hours', ended,
				    'FIRST_COME', 'ANYONE', false, false, false, 'HELD', now(), now()
				from (select now() - make_interval(secs => :secs) as ended) past
				returning id""").param("secs", ago.toSeconds())
				.query(Long.class).single();
		jdbc.sql("insert into course_application (course_id, account_id, status) values (:course, :account, 'CONFIRMED')")
				.param("course", past).param("account", accountId).update();
	}
}
