package jp.manabi.portal.course.search;

import java.util.Map;

/** How many of the matching courses have each facet value. */
public record CourseFacets(Map<String, Long> categories, Map<String, Long> audiences, Map<String, Long> areas,
		Map<Long, Long> venues, Map<String, Long> days, Map<String, Long> timeBands, Map<Long, Long> planScope) {

	/** How many matching courses serve the plan node (a goal, say) or anything under it. */
	public long planNode(Long id) {
		return planScope.getOrDefault(id, 0L);
	}

	public long category(String code) {
		return categories.getOrDefault(code, 0L);
	}

	public long audience(String code) {
		return audiences.getOrDefault(code, 0L);
	}

	public long area(String code) {
		return areas.getOrDefault(code, 0L);
	}

	public long venue(Long id) {
		return venues.getOrDefault(id, 0L);
	}

	public long day(String day) {
		return days.getOrDefault(day, 0L);
	}

	public long timeBand(String band) {
		return timeBands.getOrDefault(band, 0L);
	}
}
