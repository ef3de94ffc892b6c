package jp.manabi.portal.course.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseCatalog;
import jp.manabi.portal.course.domain.CourseIcs;
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
	private final CourseIcs events;
	private final MessageSource messages;
	private final Clock clock;

	CourseCalendarFiles(CourseSearch search, CourseCatalog catalog, SiteInfo site, CourseIcs events,
			MessageSource messages, Clock clock) {
		this.search = search;
		this.catalog = catalog;
		this.site = site;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	String forCourse(Course course, Locale locale) {
		var calendar = new ICalendar(course.title(locale));
		events.add(calendar, course, locale);
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
					.forEach(course -> events.add(calendar, course, locale));
			if (!result.hasNext()) {
				break;
			}
		}
		return calendar.write(clock.instant());
	}
}
