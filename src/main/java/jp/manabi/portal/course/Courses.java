package jp.manabi.portal.course;

import java.util.List;

/** The course module's facade for other modules. */
public interface Courses {

	/** Courses taking applications now, the nearest deadline first. */
	List<CourseHighlight> acceptingNow(int limit);

	/** Published courses whose first session is soonest. */
	List<CourseHighlight> startingSoon(int limit);
}
