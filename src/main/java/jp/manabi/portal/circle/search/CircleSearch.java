package jp.manabi.portal.circle.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.circle.domain.Circle;
import jp.manabi.portal.circle.domain.CircleRepository;
import jp.manabi.portal.circle.domain.JoinRequestService;

/**
 * The public circle search, as the course catalogue's: Lucene answers which listed circles match
 * and the facet counts; PostgreSQL then loads the cards of the page in one query. Only circles
 * registered and not lapsed (valid until today or later, Japan's date) are ever found.
 */
@Service
@Transactional(readOnly = true)
public class CircleSearch {

	/** Text fields analysed by Kuromoji (words). */
	private static final String[] WORD_FIELDS = { "name", "description", "category.nameJa", "category.nameEn",
			"venue", "recruitingWhom" };

	/** The same texts cut into overlapping two-character pieces. */
	private static final String[] BIGRAM_FIELDS = { "name_bigram", "description_bigram", "category.nameJa_bigram" };

	static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
	static final AggregationKey<Map<String, Long>> AREAS = AggregationKey.of("areas");
	static final AggregationKey<Map<String, Long>> DAYS = AggregationKey.of("days");
	static final AggregationKey<Map<String, Long>> TIME_BANDS = AggregationKey.of("timeBands");
	static final AggregationKey<Map<Boolean, Long>> RECRUITING = AggregationKey.of("recruiting");
	static final AggregationKey<Map<Boolean, Long>> BEGINNERS = AggregationKey.of("beginners");

	private final EntityManager entityManager;
	private final CircleRepository circles;
	private final Clock clock;

	CircleSearch(EntityManager entityManager, CircleRepository circles, Clock clock) {
		this.entityManager = entityManager;
		this.circles = circles;
		this.clock = clock;
	}

	public CircleSearchResult search(CircleQuery query) {
		LocalDate today = LocalDate.now(clock.withZone(JoinRequestService.ZONE));
		var result = Search.session(entityManager).search(Circle.class)
				.select(f -> f.id(Long.class))
				.where(f -> filters(f, query, today))
				.sort(f -> switch (query.sort()) {
					case RELEVANCE -> f.score().then().field("createdAt").desc();
					case NEW -> f.field("createdAt").desc();
					case NAME -> f.field("name_sort").then().field("createdAt").desc();
				})
				.aggregation(CATEGORIES, f -> f.terms().field("category.code", String.class).maxTermCount(50))
				.aggregation(AREAS, f -> f.terms().field("areaCode", String.class).maxTermCount(50))
				.aggregation(DAYS, f -> f.terms().field("days", String.class).maxTermCount(7))
				.aggregation(TIME_BANDS, f -> f.terms().field("timeBands", String.class).maxTermCount(3))
				.aggregation(RECRUITING, f -> f.terms().field("recruiting", Boolean.class))
				.aggregation(BEGINNERS, f -> f.terms().field("beginnersWelcome", Boolean.class))
				.fetch(query.page() * CircleQuery.PAGE_SIZE, CircleQuery.PAGE_SIZE);

		var cards = cards(result.hits());
		var facets = new CircleFacets(result.aggregation(CATEGORIES), result.aggregation(AREAS),
				result.aggregation(DAYS), result.aggregation(TIME_BANDS),
				result.aggregation(RECRUITING).getOrDefault(Boolean.TRUE, 0L),
				result.aggregation(BEGINNERS).getOrDefault(Boolean.TRUE, 0L));
		return new CircleSearchResult(query, cards, result.total().hitCount(), facets);
	}

	/** Listed circles that relate to the plan node or anything under it, by name (for the plan's pages). */
	public List<CircleCard> servingPlanNode(long nodeId, int limit) {
		LocalDate today = LocalDate.now(clock.withZone(JoinRequestService.ZONE));
		List<Long> ids = Search.session(entityManager).search(Circle.class)
				.select(f -> f.id(Long.class))
				.where(f -> f.bool().must(listed(f, today)).filter(f.match().field("planScope").matching(nodeId)))
				.sort(f -> f.field("name_sort"))
				.fetchHits(limit);
		return cards(ids);
	}

	private List<CircleCard> cards(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Circle> loaded = circles.findWithScheduleByIdIn(ids).stream()
				.collect(Collectors.toMap(Circle::getId, Function.identity(), (a, b) -> a));
		// Keep the order the index chose; a circle deleted since it was indexed is skipped.
		return ids.stream().map(loaded::get).filter(c -> c != null).map(CircleCard::of).toList();
	}

	private <SR> PredicateFinalStep filters(TypedSearchPredicateFactory<SR> f, CircleQuery query, LocalDate today) {
		var bool = f.bool();
		bool.must(listed(f, today));
		for (String word : query.words()) {
			// A word must be found as a whole word or as all of its two-character pieces.
			bool.must(f.bool()
					.should(f.match().fields(WORD_FIELDS).matching(word).minimumShouldMatchPercent(100).boost(2f))
					.should(f.match().fields(BIGRAM_FIELDS).matching(word).minimumShouldMatchPercent(100)));
		}
		anyOf(f, bool, "category.code", query.categories());
		anyOf(f, bool, "areaCode", query.areas());
		anyOf(f, bool, "days", query.days().stream().map(Enum::name).toList());
		anyOf(f, bool, "timeBands", query.timeBands().stream().map(Enum::name).toList());
		if (query.recruiting()) {
			bool.filter(f.match().field("recruiting").matching(true));
		}
		if (query.beginners()) {
			bool.filter(f.match().field("beginnersWelcome").matching(true));
		}
		return bool;
	}

	/** Registered and not lapsed: what residents may see. */
	private static <SR> PredicateFinalStep listed(TypedSearchPredicateFactory<SR> f, LocalDate today) {
		return f.bool().filter(f.match().field("status").matching(CircleStatus.REGISTERED))
				.filter(f.range().field("validUntil").atLeast(today));
	}

	private static <SR> void anyOf(TypedSearchPredicateFactory<SR> f, BooleanPredicateClausesStep<SR, ?> bool,
			String field, Collection<String> values) {
		if (!values.isEmpty()) {
			bool.filter(f.terms().field(field).matchingAny(values));
		}
	}
}
