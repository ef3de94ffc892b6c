package jp.manabi.portal.course.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseRepository;

/**
 * The catalogue search: Lucene answers which courses match and the facet counts; PostgreSQL
 * then loads the twenty cards of the page in one query.
 */
@Service
@Transactional(readOnly = true)
public class CourseSearch {

	/** Text fields analysed by Kuromoji (words). */
	private static final String[] WORD_FIELDS = { "title", "titleEn", "summary", "summaryEn", "description",
			"organizerName", "category.nameJa", "category.nameEn", "venue.name" };

	/** The same texts cut into overlapping two-character pieces. */
	private static final String[] BIGRAM_FIELDS = { "title_bigram", "summary_bigram", "description_bigram",
			"organizerName_bigram", "category.nameJa_bigram", "venue.name_bigram" };

	static {
		// Five words of thirty characters, cut into pieces over several fields, can exceed
		// Lucene's default of 1024 clauses; CourseQuery keeps a query within this bound.
		org.apache.lucene.search.IndexSearcher.setMaxClauseCount(4096);
	}

	static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
	static final AggregationKey<Map<Audience, Long>> AUDIENCES = AggregationKey.of("audiences");
	static final AggregationKey<Map<String, Long>> AREAS = AggregationKey.of("areas");
	static final AggregationKey<Map<Long, Long>> VENUES = AggregationKey.of("venues");
	static final AggregationKey<Map<String, Long>> DAYS = AggregationKey.of("days");
	static final AggregationKey<Map<String, Long>> TIME_BANDS = AggregationKey.of("timeBands");
	static final AggregationKey<Map<Long, Long>> PLAN_SCOPE = AggregationKey.of("planScope");

	private final EntityManager entityManager;
	private final CourseRepository courses;
	private final Clock clock;
	private final Map<String, Audience> audienceWords;

	CourseSearch(EntityManager entityManager, CourseRepository courses, Clock clock, MessageSource messages) {
		this.entityManager = entityManager;
		this.courses = courses;
		this.clock = clock;
		this.audienceWords = audienceWords(messages);
	}

	/**
	 * Audiences are codes in the index; a resident types their names (高齢者, seniors). The names
	 * come from the message bundles, so they stay the ones the pages show.
	 */
	private static Map<String, Audience> audienceWords(MessageSource messages) {
		var words = new java.util.HashMap<String, Audience>();
		for (Audience audience : Audience.values()) {
			for (var locale : jp.manabi.portal.shared.Languages.SUPPORTED) {
				String label = messages.getMessage("course.audience." + audience, null, null, locale);
				if (label != null) {
					words.put(normalize(label), audience);
				}
			}
		}
		return Map.copyOf(words);
	}

	private static String normalize(String word) {
		return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
	}

	public CourseSearchResult search(CourseQuery query) {
		Instant now = clock.instant();
		var result = Search.session(entityManager).search(Course.class)
				.select(f -> f.id(Long.class))
				.where(f -> filters(f, query, now))
				.sort(f -> switch (query.sort()) {
					case RELEVANCE -> f.score().then().field("firstSessionStartsAt").missing().last();
					case DEADLINE -> f.field("applicationClosesAt").then().field("firstSessionStartsAt").missing().last();
					case NEW -> f.field("createdAt").desc();
					case DATE -> query.includePast() ? f.field("firstSessionStartsAt").desc().missing().last()
							: f.field("firstSessionStartsAt").missing().last();
				})
				.aggregation(CATEGORIES, f -> f.terms().field("category.code", String.class).maxTermCount(50))
				.aggregation(AUDIENCES, f -> f.terms().field("audiences", Audience.class).maxTermCount(20))
				.aggregation(AREAS, f -> f.terms().field("venue.areaCode", String.class).maxTermCount(50))
				.aggregation(VENUES, f -> f.terms().field("venue.id", Long.class).maxTermCount(100))
				.aggregation(DAYS, f -> f.terms().field("days", String.class).maxTermCount(7))
				.aggregation(TIME_BANDS, f -> f.terms().field("timeBands", String.class).maxTermCount(3))
				.aggregation(PLAN_SCOPE, f -> f.terms().field("planScope", Long.class).maxTermCount(500))
				.fetch(query.page() * CourseQuery.PAGE_SIZE, CourseQuery.PAGE_SIZE);

		List<Long> ids = result.hits();
		Map<Long, Course> loaded = ids.isEmpty() ? Map.of()
				: courses.findCardsByIdIn(ids).stream().collect(Collectors.toMap(Course::getId, Function.identity()));
		// Keep the order the index chose; a course deleted since it was indexed is skipped.
		var cards = ids.stream().map(loaded::get).filter(c -> c != null).map(c -> CourseCard.of(c, now)).toList();

		long total = result.total().hitCount();
		var audiences = result.aggregation(AUDIENCES).entrySet().stream()
				.collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
		var facets = new CourseFacets(result.aggregation(CATEGORIES), audiences,
				result.aggregation(AREAS), result.aggregation(VENUES), result.aggregation(DAYS),
				result.aggregation(TIME_BANDS), result.aggregation(PLAN_SCOPE));
		return new CourseSearchResult(query, cards, total, facets);
	}

	private <SR> PredicateFinalStep filters(TypedSearchPredicateFactory<SR> f, CourseQuery query, Instant now) {
		var bool = f.bool();
		bool.must(f.matchAll());
		if (query.includePast()) {
			bool.filter(f.terms().field("status").matchingAny(List.of(CourseStatus.PUBLISHED,
					CourseStatus.CANCELLED, CourseStatus.HELD)));
		}
		else {
			bool.filter(f.terms().field("status")
					.matchingAny(List.of(CourseStatus.PUBLISHED, CourseStatus.CANCELLED)));
			bool.filter(f.range().field("lastSessionEndsAt").atLeast(now));
		}
		for (String word : query.words()) {
			// A word must be found as a whole word or as all of its two-character pieces, or name an audience.
			var either = f.bool()
					.should(f.match().fields(WORD_FIELDS).matching(word).minimumShouldMatchPercent(100).boost(2f))
					.should(f.match().fields(BIGRAM_FIELDS).matching(word).minimumShouldMatchPercent(100));
			var audience = audienceWords.get(normalize(word));
			if (audience != null) {
				either.should(f.match().field("audiences").matching(audience));
			}
			bool.must(either);
		}
		anyOf(f, bool, "category.code", query.categories());
		if (!query.audiences().isEmpty()) {
			bool.filter(f.terms().field("audiences").matchingAny(query.audiences()));
		}
		anyOf(f, bool, "venue.areaCode", query.areas());
		if (!query.venues().isEmpty()) {
			bool.filter(f.terms().field("venue.id").matchingAny(query.venues()));
		}
		if (!query.goals().isEmpty()) {
			bool.filter(f.terms().field("planScope").matchingAny(query.goals()));
		}
		anyOf(f, bool, "days", query.days().stream().map(Enum::name).toList());
		anyOf(f, bool, "timeBands", query.timeBands().stream().map(Enum::name).toList());
		if (query.weekend()) {
			bool.filter(f.match().field("weekend").matching(true));
		}
		if (query.free()) {
			bool.filter(f.match().field("free").matching(true));
		}
		if (query.childcare()) {
			bool.filter(f.match().field("childcareOffered").matching(true));
		}
		if (query.online()) {
			bool.filter(f.match().field("online").matching(true));
		}
		if (query.accepting()) {
			bool.filter(f.match().field("status").matching(CourseStatus.PUBLISHED));
			bool.filter(f.range().field("applicationOpensAt").atMost(now));
			bool.filter(f.range().field("applicationClosesAt").greaterThan(now));
		}
		return bool;
	}

	private static <SR> void anyOf(TypedSearchPredicateFactory<SR> f, BooleanPredicateClausesStep<SR, ?> bool,
			String field, java.util.Collection<String> values) {
		if (!values.isEmpty()) {
			bool.filter(f.terms().field(field).matchingAny(values));
		}
	}

	/** Facet values in a stable order for display. */
	static <K extends Comparable<K>> List<Map.Entry<K, Long>> sorted(Map<K, Long> counts) {
		return counts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).toList();
	}
}
