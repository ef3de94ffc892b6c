package jp.manabi.portal.course.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course.SessionTime;

/**
 * Courses for the tests of what happens around and after a course: one already held (its last
 * session ended last week), and one starting soon. Applications for a held course go straight
 * into the table: the service rightly refuses a window that closed weeks ago.
 */
@Component
public class AfterCourseFixtures {

	private final CourseService courses;
	private final JdbcClient jdbc;

	AfterCourseFixtures(CourseService courses, JdbcClient jdbc) {
		this.courses = courses;
		this.jdbc = jdbc;
	}

	/** A published course held two and one weeks ago (two sessions); its window closed a month ago. */
	public long heldCourse(String title) {
		var now = Instant.now();
		var today = LocalDate.now(Course.ZONE);
		long id = courses.create(details(title, null, now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(30))),
				List.of(new SessionTime(today.minusWeeks(2), LocalTime.of(10, 0), LocalTime.of(12, 0)),
						new SessionTime(today.minusWeeks(1), LocalTime.of(10, 0), LocalTime.of(12, 0))));
		courses.publish(id);
		return id;
	}

	/**
	 * A published first-come course taking applications now (until an hour before it starts),
	 * sessions at 10:00 (Tokyo) on {@code first} and {@code more}; its English title is "Course " + title.
	 */
	public long acceptingCourse(String title, LocalDate first, LocalDate... more) {
		var now = Instant.now();
		var start = first.atTime(10, 0).atZone(Course.ZONE).toInstant();
		var sessions = new java.util.ArrayList<SessionTime>();
		sessions.add(new SessionTime(first, LocalTime.of(10, 0), LocalTime.of(12, 0)));
		for (var date : more) {
			sessions.add(new SessionTime(date, LocalTime.of(10, 0), LocalTime.of(12, 0)));
		}
		long id = courses.create(
				details(title, "Course " + title, now.minus(Duration.ofDays(1)), start.minus(Duration.ofHours(1))),
				sessions);
		courses.publish(id);
		return id;
	}

	/** An application as the service would have left it, made directly in the table. */
	public long application(long courseId, long accountId, ApplicationStatus status) {
		return jdbc.sql("""
				insert into course_application (course_id, account_id, status, applied_at, decided_at)
				values (:course, :account, :status, now() - interval '40 days', now() - interval '40 days')
				returning id""").param("course", courseId).param("account", accountId).param("status", status.name())
				.query(Long.class).single();
	}

	private static CourseDetails details(String title, String titleEn, Instant opens, Instant closes) {
		return new CourseDetails(title, titleEn, "受講後のアンケートと前日のお知らせを試す講座です。", null, "", "culture",
				OrganizerType.DEPARTMENT, "学習・スポーツ課", null, true, 20, 0, opens, closes, SelectionMethod.FIRST_COME,
				Eligibility.ANYONE, null, null, false, null, null, null, false, false, EnumSet.of(Audience.EVERYONE));
	}
}
