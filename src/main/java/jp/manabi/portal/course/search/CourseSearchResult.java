package jp.manabi.portal.course.search;

import java.util.List;

/** One page of the catalogue. */
public record CourseSearchResult(CourseQuery query, List<CourseCard> cards, long total, CourseFacets facets) {

	public int pageCount() {
		return (int) Math.min(CourseQuery.MAX_PAGE + 1, (total + CourseQuery.PAGE_SIZE - 1) / CourseQuery.PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return query.page() > 0;
	}

	public boolean hasNext() {
		return query.page() + 1 < pageCount();
	}

	/** The page asked for lies beyond the results (e.g. page=999999). */
	public boolean beyondLastPage() {
		return cards.isEmpty() && total > 0;
	}
}
