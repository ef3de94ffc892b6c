package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.time.Year;

/** Ages for a course's age limits. */
final class CourseAges {

	private CourseAges() {
	}

	/** Age in the year of the first session: the ward's usual rule for age limits. */
	static int ageInYearOfFirstSession(Course course, int birthYear, Clock clock) {
		int year = course.getFirstSessionStartsAt() == null ? Year.now(clock).getValue()
				: course.getFirstSessionStartsAt().atZone(Course.ZONE).getYear();
		return year - birthYear;
	}
}
