package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.course.CourseCalendars;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.shared.calendar.ICalendar;

/**
 * Courses' sessions as iCalendar events, for the course pages' .ics files and the reminder mail's
 * attachment alike. Each session's UID is {@code course-<id>-session-<id>@manabi-portal}, so
 * importing the same course twice updates its events instead of adding more.
 */
@Component
@Transactional(readOnly = true)
public class CourseIcs implements CourseCalendars {

	private final CourseRepository courses;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	CourseIcs(CourseRepository courses, MessageSource messages, Clock clock,
			@Value("${portal.mail.base-url}") String baseUrl) {
		this.courses = courses;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Override
	public Optional<CourseCalendar> ofCourse(long courseId, Locale locale) {
		return courses.findWithEverything(courseId).filter(course -> !course.getSessions().isEmpty())
				.map(course -> {
					var first = course.getSessions().get(0);
					var calendar = new ICalendar(course.title(locale));
					add(calendar, course, locale);
					return new CourseCalendar(course.title(locale), place(course, locale),
							first.getDate().atTime(first.getStartsAt()), course.getStatus() == CourseStatus.CANCELLED,
							"course-" + course.getId() + ".ics", calendar.write(clock.instant()));
				});
	}

	/** Adds one event per session of the course. */
	public void add(ICalendar calendar, Course course, Locale locale) {
		String url = UriComponentsBuilder.fromUriString(baseUrl).path("/courses/{id}").buildAndExpand(course.getId())
				.toUriString();
		String location = place(course, locale);
		int count = course.getSessions().size();
		for (var session : course.getSessions()) {
			String summary = count > 1 ? messages.getMessage("course.ics.sessionOf",
					new Object[] { course.title(locale), session.getPosition() + 1, count }, locale) : course.title(locale);
			calendar.add(new ICalendar.Event("course-" + course.getId() + "-session-" + session.getId() + "@manabi-portal",
					session.getDate().atTime(session.getStartsAt()).atZone(Course.ZONE).toInstant(),
					session.getDate().atTime(session.getEndsAt()).atZone(Course.ZONE).toInstant(), summary,
					course.summary(locale) + "\n" + url, location, url, course.getStatus() == CourseStatus.CANCELLED));
		}
	}

	/** Where the course takes place, in the language: venue, room and address, or online. */
	public String place(Course course, Locale locale) {
		var venue = course.getVenue();
		return venue == null ? messages.getMessage("course.online", null, locale)
				: venue.name(locale) + (venue.getRoom() == null ? "" : " " + venue.getRoom()) + ", " + venue.getAddress();
	}
}
