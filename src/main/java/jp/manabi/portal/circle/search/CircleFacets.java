package jp.manabi.portal.circle.search;

import java.util.Map;

/** How many of the matching circles have each facet value. */
public record CircleFacets(Map<String, Long> categories, Map<String, Long> areas, Map<String, Long> days,
		Map<String, Long> timeBands, long recruiting, long beginners) {

	public long category(String code) {
		return categories.getOrDefault(code, 0L);
	}

	public long area(String code) {
		return areas.getOrDefault(code, 0L);
	}

	public long day(String day) {
		return days.getOrDefault(day, 0L);
	}

	public long timeBand(String band) {
		return timeBands.getOrDefault(band, 0L);
	}
}
