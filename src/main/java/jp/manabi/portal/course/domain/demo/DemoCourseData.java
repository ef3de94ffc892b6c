package jp.manabi.portal.course.domain.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.demo.DemoCourse.Childcare;
import jp.manabi.portal.course.domain.demo.DemoCourse.Schedule;
import jp.manabi.portal.course.domain.demo.DemoCourse.Slot;

/**
 * The demo venues and courses, read from {@code demo/venues.yaml} and {@code demo/courses.yaml} on
 * the classpath. Data, not code, so that staff-like people can edit it; a mistake in it fails
 * here with the course's key, not later in the database.
 */
public record DemoCourseData(List<DemoVenue> venues, List<DemoCourse> courses) {

	public static final String VENUES = "demo/venues.yaml";
	public static final String COURSES = "demo/courses.yaml";

	public static DemoCourseData load() {
		var loader = DemoCourseData.class.getClassLoader();
		try (var venues = loader.getResourceAsStream(VENUES); var courses = loader.getResourceAsStream(COURSES)) {
			if (venues == null || courses == null) {
				throw new IllegalStateException(VENUES + " or " + COURSES + " is missing from the classpath");
			}
			return parse(venues, courses);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static DemoCourseData parse(InputStream venuesYaml, InputStream coursesYaml) {
		var venues = list(yaml().<Map<String, Object>>load(venuesYaml), "venues").stream().map(DemoCourseData::venue)
				.toList();
		var courses = new ArrayList<DemoCourse>();
		for (var node : list(yaml().<Map<String, Object>>load(coursesYaml), "courses")) {
			String key = string(node, "key", true);
			try {
				courses.add(course(node));
			}
			catch (RuntimeException e) {
				throw new IllegalArgumentException(COURSES + ", course " + key + ": " + e.getMessage(), e);
			}
		}
		return new DemoCourseData(venues, List.copyOf(courses));
	}

	private static Yaml yaml() {
		// Plain maps, lists and scalars only: no tags, no object construction.
		return new Yaml(new SafeConstructor(new LoaderOptions()));
	}

	private static DemoVenue venue(Map<String, Object> node) {
		return new DemoVenue(string(node, "key", true), string(node, "name", true), string(node, "nameEn", false),
				string(node, "room", false), string(node, "address", true), string(node, "access", false),
				string(node, "barrierFree", false), string(node, "area", true));
	}

	private static DemoCourse course(Map<String, Object> node) {
		var organizer = map(node, "organizer");
		var apply = map(node, "apply");
		var childcare = node.get("childcare") == null ? null : map(node, "childcare");
		var status = node.get("status") == null ? CourseStatus.PUBLISHED
				: CourseStatus.valueOf(string(node, "status", true));
		return new DemoCourse(string(node, "key", true), string(node, "title", true), string(node, "titleEn", false),
				string(node, "summary", true), string(node, "summaryEn", false), string(node, "description", true),
				string(node, "category", true), OrganizerType.valueOf(string(organizer, "type", true)),
				string(organizer, "name", true), string(node, "venue", false), bool(node, "online"),
				integer(node, "capacity", true), integer(node, "fee", true),
				SelectionMethod.valueOf(string(node, "selection", true)),
				Eligibility.valueOf(string(node, "eligibility", true)), integer(node, "minAge", false),
				integer(node, "maxAge", false),
				childcare == null ? null
						: new Childcare(integer(childcare, "capacity", true), integer(childcare, "minAge", true),
								integer(childcare, "maxAge", true)),
				bool(node, "easyJapanese"), bool(node, "english"), audiences(node), status,
				string(node, "cancelReason", false), schedule(map(node, "schedule")), integer(apply, "opens", true),
				integer(apply, "closes", true), strings(node, "planActions"));
	}

	private static Schedule schedule(Map<String, Object> node) {
		String weekday = string(node, "weekday", false);
		var slots = new ArrayList<Slot>();
		if (node.get("sessions") != null) {
			for (var session : list(node, "sessions")) {
				slots.add(new Slot(integer(session, "day", true), time(session, "start"), time(session, "end")));
			}
		}
		else {
			Integer count = integer(node, "count", false);
			Integer every = integer(node, "every", false);
			for (int i = 0; i < (count == null ? 1 : count); i++) {
				slots.add(new Slot(i * (every == null ? 7 : every), time(node, "start"), time(node, "end")));
			}
		}
		return new Schedule(integer(node, "from", true),
				weekday == null ? null : DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT)), List.copyOf(slots));
	}

	private static Set<Audience> audiences(Map<String, Object> node) {
		var audiences = EnumSet.noneOf(Audience.class);
		strings(node, "audiences").forEach(a -> audiences.add(Audience.valueOf(a)));
		if (audiences.isEmpty()) {
			throw new IllegalArgumentException("audiences is empty");
		}
		return audiences;
	}

	private static LocalTime time(Map<String, Object> node, String name) {
		Object value = node.get(name);
		if (!(value instanceof String text)) {
			// An unquoted 10:00 is a YAML 1.1 sexagesimal number (600), not a time.
			throw new IllegalArgumentException(name + " must be a quoted time like \"10:00\", not " + value);
		}
		return LocalTime.parse(text.length() == 4 ? "0" + text : text);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> node, String name) {
		Object value = node == null ? null : node.get(name);
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException(name + " must be a list");
		}
		return (List<Map<String, Object>>) list;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> node, String name) {
		Object value = node.get(name);
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException(name + " is missing or not a mapping");
		}
		return (Map<String, Object>) map;
	}

	private static List<String> strings(Map<String, Object> node, String name) {
		Object value = node.get(name);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof Collection<?> values)) {
			throw new IllegalArgumentException(name + " must be a list");
		}
		return values.stream().map(String::valueOf).toList();
	}

	private static String string(Map<String, Object> node, String name, boolean required) {
		Object value = node.get(name);
		if (value == null || value.toString().isBlank()) {
			if (required) {
				throw new IllegalArgumentException(name + " is missing");
			}
			return null;
		}
		return value.toString().strip();
	}

	private static Integer integer(Map<String, Object> node, String name, boolean required) {
		Object value = node.get(name);
		if (value == null) {
			if (required) {
				throw new IllegalArgumentException(name + " is missing");
			}
			return null;
		}
		if (!(value instanceof Integer number)) {
			throw new IllegalArgumentException(name + " must be a whole number, not " + value);
		}
		return number;
	}

	private static boolean bool(Map<String, Object> node, String name) {
		Object value = node.get(name);
		if (value != null && !(value instanceof Boolean)) {
			throw new IllegalArgumentException(name + " must be true or false, not " + value);
		}
		return Boolean.TRUE.equals(value);
	}
}
