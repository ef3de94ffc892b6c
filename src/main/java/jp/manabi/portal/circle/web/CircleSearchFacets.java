package jp.manabi.portal.circle.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.manabi.portal.circle.domain.CircleCategoryRepository;
import jp.manabi.portal.circle.search.CircleFacets;
import jp.manabi.portal.circle.search.CircleQuery;
import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.shared.time.DayOfWeekNames;
import jp.manabi.portal.shared.time.TimeBand;

/**
 * The circle list's checkbox filters as data, as the course catalogue's FacetGroups: each group
 * a request parameter, each option its value, label, count and whether it is ticked.
 */
@Component
class CircleSearchFacets {

	record Option(String value, String label, long count, boolean checked) {
	}

	record Group(String name, String legendKey, List<Option> options) {
	}

	private final MessageSource messages;
	private final MunicipalityProperties municipality;
	private final CircleCategoryRepository categories;

	CircleSearchFacets(MessageSource messages, MunicipalityProperties municipality,
			CircleCategoryRepository categories) {
		this.messages = messages;
		this.municipality = municipality;
		this.categories = categories;
	}

	List<Group> of(CircleQuery query, CircleFacets facets, Locale locale) {
		return List.of(
				group("category", "circle.public.facet.category", categories.findAllByOrderByPositionAsc(),
						c -> c.getCode(), c -> c.name(locale), c -> facets.category(c.getCode()),
						c -> query.categories().contains(c.getCode())),
				group("area", "circle.public.facet.area", municipality.areas(), MunicipalityProperties.Area::code,
						a -> a.name(locale), a -> facets.area(a.code()), a -> query.areas().contains(a.code())),
				group("day", "circle.public.facet.day", DayOfWeekNames.WEEK, Enum::name,
						d -> message("day." + d, locale), d -> facets.day(d.name()), query.days()::contains),
				group("time", "circle.public.facet.time", List.of(TimeBand.values()), TimeBand::name,
						b -> message("circle.public.time." + b, locale), b -> facets.timeBand(b.name()),
						query.timeBands()::contains));
	}

	private static <T> Group group(String name, String legendKey, List<T> items, Function<T, String> value,
			Function<T, String> label, ToLongFunction<T> count, Predicate<T> checked) {
		return new Group(name, legendKey, items.stream()
				.map(item -> new Option(value.apply(item), label.apply(item), count.applyAsLong(item),
						checked.test(item)))
				.toList());
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
