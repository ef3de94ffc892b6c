package jp.manabi.portal.circle.search;

import java.util.List;

/** One page of the circle list. */
public record CircleSearchResult(CircleQuery query, List<CircleCard> cards, long total, CircleFacets facets) {

	public int pageCount() {
		return (int) Math.min(CircleQuery.MAX_PAGE + 1, (total + CircleQuery.PAGE_SIZE - 1) / CircleQuery.PAGE_SIZE);
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
