package jp.manabi.portal.course.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.course.CourseStatus;

/** What residents may read of courses: never drafts. */
@Service
@Transactional(readOnly = true)
public class CourseCatalog {

	static final EnumSet<CourseStatus> PUBLIC = EnumSet.of(CourseStatus.PUBLISHED, CourseStatus.CANCELLED,
			CourseStatus.HELD);

	/** One session in the month calendar. */
	public record CalendarEntry(long courseId, String title, String titleEn, LocalDate date, LocalTime startsAt,
			LocalTime endsAt, CourseStatus status) {
	}

	private final CourseRepository courses;
	private final EntityManager entityManager;

	CourseCatalog(CourseRepository courses, EntityManager entityManager) {
		this.courses = courses;
		this.entityManager = entityManager;
	}

	/** A course with everything its page shows, if residents may see it. */
	public Optional<Course> findPublic(long id) {
		return courses.findWithEverything(id).filter(c -> PUBLIC.contains(c.getStatus()));
	}

	/** A public course with its application form's questions, for the apply pages. */
	public Optional<Course> findForApplying(long id) {
		return findPublic(id).map(CourseCatalog::withQuestions);
	}

	/** Any course, whatever its status, with its questions: for staff pages. */
	public Optional<Course> findWithQuestions(long id) {
		return courses.findWithEverything(id).map(CourseCatalog::withQuestions);
	}

	private static Course withQuestions(Course course) {
		// Fetched apart from the sessions: two lists cannot be fetched in one query.
		course.getQuestions().size();
		return course;
	}

	/** Several courses in one query, in no particular order. */
	public List<Course> findPublic(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? List.of()
				: courses.findCardsByIdIn(ids).stream().filter(c -> PUBLIC.contains(c.getStatus())).toList();
	}

	/** A course as a plan node's page lists it. */
	public record PlanCourse(long id, String title) {
	}

	/** Public courses serving the plan node or a node under it, the newest first. */
	public List<PlanCourse> servingPlanNode(long nodeId, int limit) {
		return entityManager.createQuery("""
				select new jp.manabi.portal.course.domain.CourseCatalog$PlanCourse(c.id, c.title)
				from Course c join c.planScope node
				where node = :nodeId and c.status in :statuses
				order by c.firstSessionStartsAt desc nulls last, c.id""", PlanCourse.class)
				.setParameter("nodeId", nodeId).setParameter("statuses", PUBLIC).setMaxResults(limit).getResultList();
	}

	public List<CalendarEntry> month(YearMonth month) {
		return entityManager.createQuery("""
				select new jp.manabi.portal.course.domain.CourseCatalog$CalendarEntry(
				    c.id, c.title, c.titleEn, s.date, s.startsAt, s.endsAt, c.status)
				from CourseSession s join s.course c
				where s.date between :from and :to and c.status in :statuses
				order by s.date, s.startsAt, c.id""", CalendarEntry.class)
				.setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth())
				.setParameter("statuses", PUBLIC).setMaxResults(2_000).getResultList();
	}
}
