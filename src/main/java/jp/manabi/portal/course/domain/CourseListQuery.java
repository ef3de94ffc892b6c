package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.course.CourseStatus;

/**
 * The staff list of courses, drafts included. A database query rather than the search index:
 * staff filter by exact status and want what was saved a second ago.
 */
@Service
@Transactional(readOnly = true)
public class CourseListQuery {

	/** Which courses by their dates: not yet over (drafts without sessions count as not over), or over. */
	public enum Term {
		UPCOMING, PAST, ALL
	}

	/** What staff filter by; null means "any". */
	public record Filter(String keyword, CourseStatus status, String categoryCode, Term term) {
	}

	private final EntityManager entityManager;
	private final Clock clock;

	CourseListQuery(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * One page of courses with their category and venue fetched in the same query (no N+1). A page
	 * number past the end gives the last page, so a link kept from before a filter change still works.
	 */
	public Page<Course> find(Filter filter, int page, int size) {
		Instant now = clock.instant();
		var cb = entityManager.getCriteriaBuilder();

		var count = cb.createQuery(Long.class);
		var counted = count.from(Course.class);
		count.select(cb.count(counted)).where(predicates(cb, counted, filter, now));
		long total = entityManager.createQuery(count).getSingleResult();

		int lastPage = total == 0 ? 0 : (int) ((total - 1) / size);
		int pageIndex = Math.min(Math.max(page, 0), lastPage);

		var query = cb.createQuery(Course.class);
		var course = query.from(Course.class);
		course.fetch("category", JoinType.INNER);
		course.fetch("venue", JoinType.LEFT);
		// Past courses newest first; otherwise the next to start first (no sessions yet: last).
		var byStart = filter.term() == Term.PAST ? cb.desc(course.get("firstSessionStartsAt"))
				: cb.asc(course.get("firstSessionStartsAt"));
		query.select(course).where(predicates(cb, course, filter, now)).orderBy(byStart, cb.asc(course.get("id")));
		List<Course> content = entityManager.createQuery(query).setFirstResult(pageIndex * size)
				.setMaxResults(size).getResultList();
		return new PageImpl<>(content, PageRequest.of(pageIndex, size), total);
	}

	private static Predicate[] predicates(CriteriaBuilder cb, Root<Course> course, Filter filter, Instant now) {
		var predicates = new ArrayList<Predicate>();
		if (filter.keyword() != null && !filter.keyword().isBlank()) {
			String pattern = "%" + escapeLike(filter.keyword().strip().toLowerCase(Locale.ROOT)) + "%";
			predicates.add(cb.like(cb.lower(course.get("title")), pattern, '\\'));
		}
		if (filter.status() != null) {
			predicates.add(cb.equal(course.get("status"), filter.status()));
		}
		if (filter.categoryCode() != null) {
			predicates.add(cb.equal(course.get("category").get("code"), filter.categoryCode()));
		}
		if (filter.term() == Term.UPCOMING) {
			predicates.add(cb.or(cb.isNull(course.get("lastSessionEndsAt")),
					cb.greaterThanOrEqualTo(course.get("lastSessionEndsAt"), now)));
		}
		else if (filter.term() == Term.PAST) {
			predicates.add(cb.lessThan(course.get("lastSessionEndsAt"), now));
		}
		return predicates.toArray(new Predicate[0]);
	}

	/** A keyword is text to find, not a pattern: % and _ typed by staff match themselves. */
	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
