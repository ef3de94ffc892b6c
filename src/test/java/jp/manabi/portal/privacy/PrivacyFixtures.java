package jp.manabi.portal.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseService;

/** Courses for the privacy tests: published, first come, sessions three weeks ahead. */
@Component
public class PrivacyFixtures {

	private final CourseService courses;

	PrivacyFixtures(CourseService courses) {
		this.courses = courses;
	}

	public long course(int capacity) {
		var now = Instant.now();
		long id = courses.create(new CourseDetails("個人情報試験講座 " + System.nanoTime(), null, "試験です。", null, "",
				"it", OrganizerType.DEPARTMENT, "学習・スポーツ課", null, true, capacity, 0, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(7)), SelectionMethod.FIRST_COME, Eligibility.ANYONE, null, null, false, null,
				null, null, false, false, EnumSet.of(Audience.EVERYONE)),
				List.of(new SessionTime(LocalDate.now(Course.ZONE).plusWeeks(3), LocalTime.of(10, 0),
						LocalTime.of(12, 0))));
		courses.publish(id);
		return id;
	}
}
