package jp.manabi.portal.circle.search;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.shared.time.TimeBand;

/**
 * What a resident asked the circle list for, read from the URL (as the course catalogue's
 * CourseQuery), so every view can be bookmarked. Whatever the URL holds, the result is a valid
 * query: unknown values are dropped, the page is clamped, the text is cut to a sane length.
 */
public record CircleQuery(String text, Set<String> categories, Set<String> areas, Set<DayOfWeek> days,
		Set<TimeBand> timeBands, boolean recruiting, boolean beginners, Sort sort, int page) {

	public static final int PAGE_SIZE = 20;
	public static final int MAX_PAGE = 500;
	static final int MAX_TEXT = 200;
	static final int MAX_WORDS = 5;
	static final int MAX_WORD_LENGTH = 30;
	private static final int MAX_VALUES = 20;

	public enum Sort {
		RELEVANCE, NEW, NAME
	}

	public static CircleQuery from(MultiValueMap<String, String> params) {
		String text = first(params, "q");
		text = text == null ? "" : text.strip();
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		return new CircleQuery(text, codes(params, "category"), codes(params, "area"),
				enums(params, "day", DayOfWeek.class), enums(params, "time", TimeBand.class),
				flag(params, "recruiting"), flag(params, "beginners"), parseSort(first(params, "sort"), !text.isEmpty()),
				page(first(params, "page")));
	}

	/** The words of the text, split at half- and full-width spaces. */
	public List<String> words() {
		return Arrays.stream(text.split("[\\s\\u3000]+")).filter(w -> !w.isBlank()).limit(MAX_WORDS)
				.map(w -> w.length() > MAX_WORD_LENGTH ? w.substring(0, MAX_WORD_LENGTH) : w).toList();
	}

	public boolean hasText() {
		return !text.isEmpty();
	}

	/** Whether any filter is ticked: the filters open by themselves then. */
	public boolean filtered() {
		return !categories.isEmpty() || !areas.isEmpty() || !days.isEmpty() || !timeBands.isEmpty() || recruiting
				|| beginners;
	}

	/** The same query on another page: for pagination links. */
	public String toUrl(String path, int otherPage) {
		var builder = UriComponentsBuilder.fromPath(path);
		if (hasText()) {
			builder.queryParam("q", text);
		}
		categories.forEach(v -> builder.queryParam("category", v));
		areas.forEach(v -> builder.queryParam("area", v));
		days.forEach(v -> builder.queryParam("day", v.name()));
		timeBands.forEach(v -> builder.queryParam("time", v.name()));
		if (recruiting) {
			builder.queryParam("recruiting", "true");
		}
		if (beginners) {
			builder.queryParam("beginners", "true");
		}
		builder.queryParam("sort", sort.name().toLowerCase(Locale.ROOT));
		if (otherPage > 0) {
			builder.queryParam("page", otherPage);
		}
		return builder.encode().build().toUriString();
	}

	private static String first(MultiValueMap<String, String> params, String name) {
		var values = params.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	private static boolean flag(MultiValueMap<String, String> params, String name) {
		return "true".equalsIgnoreCase(first(params, name)) || "on".equalsIgnoreCase(first(params, name));
	}

	private static Set<String> codes(MultiValueMap<String, String> params, String name) {
		var values = params.getOrDefault(name, List.of());
		return values.stream().filter(v -> v != null && v.matches("[a-z0-9-]{1,40}")).limit(MAX_VALUES)
				.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static <E extends Enum<E>> Set<E> enums(MultiValueMap<String, String> params, String name, Class<E> type) {
		var result = new LinkedHashSet<E>();
		for (String value : params.getOrDefault(name, List.of())) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(value)) {
					result.add(constant);
				}
			}
		}
		return result;
	}

	private static Sort parseSort(String value, boolean hasText) {
		if (value != null) {
			for (Sort sort : Sort.values()) {
				if (sort.name().equalsIgnoreCase(value) && (sort != Sort.RELEVANCE || hasText)) {
					return sort;
				}
			}
		}
		return hasText ? Sort.RELEVANCE : Sort.NEW;
	}

	private static int page(String value) {
		if (value == null || !value.matches("[0-9]{1,9}")) {
			return 0;
		}
		return Math.min(Integer.parseInt(value), MAX_PAGE);
	}
}
