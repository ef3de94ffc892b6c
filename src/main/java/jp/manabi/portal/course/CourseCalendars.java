package jp.manabi.portal.course;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/** A course's sessions as an iCalendar file, for other modules (the reminder mail attaches it). */
public interface CourseCalendars {

	/** The course's sessions in the language, or empty when there is no such course or it has no sessions. */
	Optional<CourseCalendar> ofCourse(long courseId, Locale locale);

	/**
	 * @param title the course's title in the language asked for
	 * @param place the venue (name, room, address) or "online", in that language
	 * @param firstSessionStartsAt local date and time (Asia/Tokyo) of the first session
	 * @param cancelled whether the course has been cancelled
	 * @param fileName a file name for the .ics
	 * @param icsText the iCalendar (RFC 5545) text, one event per session
	 */
	record CourseCalendar(String title, String place, LocalDateTime firstSessionStartsAt, boolean cancelled,
			String fileName, String icsText) {
	}
}
