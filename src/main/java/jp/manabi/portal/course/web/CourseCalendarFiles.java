package jp.manabi.portal.course.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseCatalog;
import jp.manabi.portal.course.search.CourseQuery;
import jp.manabi.portal.course.search.CourseSearch;
import jp.manabi.portal.shared.SiteInfo;
import jp.manabi.portal.shared.calendar.ICalendar;

/** The .ics files: one course's sessions, or the sessions of a filtered list (a feed). */
@Component
class CourseCalendarFiles {

	/** A feed holds the courses of its first pages only: enough for a personal calendar. */
	private static final int FEED_PAGES = 5;

	private final CourseSearch search;
	private final CourseCatalog catalog;
	private final SiteInfo site;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	CourseCalendarFiles(CourseSearch search, CourseCatalog catalog, SiteInfo site,
			MessageSource messages, Clock clock,
			@Value("${portal.mail.base-url}") String baseUrl) {
		this.search = search;
		this.catalog = catalog;
		this.site = site;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	String forCourse(Course course, Locale locale) {
		var calendar = new ICalendar(course.title(locale));
		add(calendar, course, locale);
		return calendar.write(clock.instant());
	}

	String forQuery(CourseQuery query, Locale locale) {
		var calendar = new ICalendar(messages.getMessage("course.feed.name", new Object[] { site.title(locale) }, locale));
		for (int page = 0; page < FEED_PAGES; page++) {
			var pageQuery = new CourseQuery(query.text(), query.categories(), query.audiences(), query.areas(),
					query.venues(), query.days(), query.timeBands(), query.weekend(), query.free(), query.childcare(),
					query.online(), query.accepting(), query.includePast(), query.goals(), query.sort(), page);
			var result = search.search(pageQuery);
			catalog.findPublic(result.cards().stream().map(c -> c.id()).toList())
					.forEach(course -> add(calendar, course, locale));
			if (!result.hasNext()) {
				break;
			}
		}
		return calendar.write(clock.instant());
	}

	private void add(ICalendar calendar, Course course, Locale locale) {
		String url = UriComponentsBuilder.fromUriString(baseUrl).path("/courses/{id}").buildAndExpand(course.getId())
				.toUriString();
		String location = course.getVenue() == null ? messages.getMessage("course.online", null, locale)
				: course.getVenue().name(locale) + (course.getVenue().getRoom() == null ? ""
						: " " + course.getVenue().getRoom()) + ", " + course.getVenue().getAddress();
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
}
