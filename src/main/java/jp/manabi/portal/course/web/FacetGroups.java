package jp.manabi.portal.course.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.shared.time.DayOfWeekNames;
import jp.manabi.portal.shared.time.TimeBand;
import jp.manabi.portal.course.search.CourseFacets;
import jp.manabi.portal.course.search.CourseQuery;
import jp.manabi.portal.shared.MunicipalityProperties;

/**
 * The catalogue's checkbox filters as data: each group a request parameter, each option its
 * value, label, count and whether it is ticked. One template loop renders them all.
 */
@Component
class FacetGroups {

	/** One choice: {@code value} goes in the URL, {@code label} on the page. */
	record Option(String value, String label, long count, boolean checked) {
	}

	/** One group of choices; {@code name} is the request parameter, as CourseQuery reads it. */
	record Group(String name, String legendKey, boolean wide, List<Option> options) {
	}

	private final MessageSource messages;
	private final MunicipalityProperties municipality;

	FacetGroups(MessageSource messages, MunicipalityProperties municipality) {
		this.messages = messages;
		this.municipality = municipality;
	}

	List<Group> of(CourseQuery query, CourseFacets facets, FilterOptions.Snapshot options, Locale locale) {
		return List.of(
				group("category", "course.facet.category", options.categories(), c -> c.getCode(), c -> c.name(locale),
						c -> facets.category(c.getCode()), c -> query.categories().contains(c.getCode())),
				group("audience", "course.facet.audience", List.of(Audience.values()), Audience::name,
						a -> message("course.audience." + a, locale), a -> facets.audience(a.name()),
						query.audiences()::contains),
				group("day", "course.facet.day", DayOfWeekNames.WEEK, Enum::name, d -> message("day." + d, locale),
						d -> facets.day(d.name()), query.days()::contains),
				group("time", "course.facet.time", List.of(TimeBand.values()), TimeBand::name,
						b -> message("course.time." + b, locale), b -> facets.timeBand(b.name()),
						query.timeBands()::contains),
				group("area", "course.facet.area", municipality.areas(), MunicipalityProperties.Area::code,
						a -> a.name(locale), a -> facets.area(a.code()), a -> query.areas().contains(a.code())),
				group("venue", "course.facet.venue", options.venues(), v -> String.valueOf(v.getId()),
						v -> v.name(locale), v -> facets.venue(v.getId()), v -> query.venues().contains(v.getId())),
				new Group("goal", "course.facet.goal", true, options.goals().stream()
						.map(g -> new Option(String.valueOf(g.id()), g.title(), facets.planNode(g.id()),
								query.goals().contains(g.id())))
						.toList()));
	}

	private static <T> Group group(String name, String legendKey, List<T> items, Function<T, String> value,
			Function<T, String> label, ToLongFunction<T> count, Predicate<T> checked) {
		return new Group(name, legendKey, false, items.stream()
				.map(item -> new Option(value.apply(item), label.apply(item), count.applyAsLong(item),
						checked.test(item)))
				.toList());
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
