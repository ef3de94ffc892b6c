package jp.manabi.portal.course.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jp.manabi.portal.shared.time.DayOfWeekNames;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseCatalog;
import jp.manabi.portal.course.search.CourseQuery;
import jp.manabi.portal.course.search.CourseSearch;
import jp.manabi.portal.plan.Plans;

/** The public catalogue: search with facets, course pages, the month calendar and .ics files. */
@Controller
@RequestMapping("/courses")
class CourseController {

	private final CourseSearch search;
	private final CourseCatalog catalog;
	private final FilterOptions filterOptions;
	private final FacetGroups facetGroups;
	private final CourseCalendarFiles calendarFiles;
	private final Plans plans;
	private final Clock clock;

	CourseController(CourseSearch search, CourseCatalog catalog, FilterOptions filterOptions, FacetGroups facetGroups,
			CourseCalendarFiles calendarFiles, Plans plans, Clock clock) {
		this.facetGroups = facetGroups;
		this.filterOptions = filterOptions;
		this.plans = plans;
		this.search = search;
		this.catalog = catalog;
		this.calendarFiles = calendarFiles;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
		var query = CourseQuery.from(params);
		var result = search.search(query);
		model.addAttribute("result", result);
		model.addAttribute("query", query);
		model.addAttribute("facetGroups", facetGroups.of(query, result.facets(), filterOptions.current(), locale));
		return "course/list";
	}

	@GetMapping("/{id:[0-9]{1,15}}")
	String course(@PathVariable long id, Model model) {
		var course = catalog.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("course", course);
		model.addAttribute("accepting", course.isAccepting(clock.instant()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("planNodes", plans.findNodes(course.getPlanNodeIds()));
		return "course/detail";
	}

	@GetMapping(value = "/{id:[0-9]{1,15}}/sessions.ics")
	ResponseEntity<String> courseCalendar(@PathVariable long id, Locale locale) {
		var course = catalog.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ics("course-" + id + ".ics", calendarFiles.forCourse(course, locale));
	}

	@GetMapping(value = "/feed.ics")
	ResponseEntity<String> feed(@RequestParam MultiValueMap<String, String> params, Locale locale) {
		var query = CourseQuery.from(params);
		return ics("courses.ics", calendarFiles.forQuery(query, locale));
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) String month, Model model) {
		var shown = parseMonth(month);
		model.addAttribute("month", shown);
		model.addAttribute("weeks", MonthGrid.of(shown, catalog.month(shown)));
		model.addAttribute("today", LocalDate.now(clock.withZone(Course.ZONE)));
		model.addAttribute("days", DayOfWeekNames.WEEK);
		return "course/calendar";
	}

	private YearMonth parseMonth(String month) {
		var current = YearMonth.now(clock.withZone(Course.ZONE));
		if (month == null || !month.matches("[0-9]{4}-[0-9]{2}")) {
			return current;
		}
		try {
			var parsed = YearMonth.parse(month);
			// Keep to a sane range: nobody plans courses a century ahead.
			return parsed.isBefore(current.minusYears(5)) || parsed.isAfter(current.plusYears(5)) ? current : parsed;
		}
		catch (DateTimeParseException ex) {
			return current;
		}
	}

	private static ResponseEntity<String> ics(String filename, String body) {
		return ResponseEntity.ok()
				.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(filename).build().toString())
				.body(body);
	}
}
