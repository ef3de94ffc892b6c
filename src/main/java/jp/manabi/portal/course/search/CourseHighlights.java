package jp.manabi.portal.course.search;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;

import jp.manabi.portal.course.CourseHighlight;
import jp.manabi.portal.course.Courses;

/** The catalogue's short lists for the top page, answered by the same search. */
@Service
class CourseHighlights implements Courses {

	private final CourseSearch search;

	CourseHighlights(CourseSearch search) {
		this.search = search;
	}

	@Override
	public List<CourseHighlight> acceptingNow(int limit) {
		return highlights("accepting", "true", "sort", "deadline", limit);
	}

	@Override
	public List<CourseHighlight> startingSoon(int limit) {
		return highlights("sort", "date", null, null, limit);
	}

	private List<CourseHighlight> highlights(String name, String value, String name2, String value2, int limit) {
		var params = new LinkedMultiValueMap<String, String>();
		params.add(name, value);
		if (name2 != null) {
			params.add(name2, value2);
		}
		return search.search(CourseQuery.from(params)).cards().stream().filter(card -> !card.cancelled()).limit(limit)
				.map(card -> new CourseHighlight(card.id(), card.title(), card.titleEn(), card.firstDate(),
						card.firstStart(), card.closesAtLocal(), card.lottery(), card.accepting()))
				.toList();
	}
}
