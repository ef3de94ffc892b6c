package jp.manabi.portal.course.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jp.manabi.portal.course.ApplicationStatus;

public interface CourseApplicationRepository extends JpaRepository<CourseApplication, Long> {

	long countByCourseIdAndStatus(long courseId, ApplicationStatus status);

	long countByCourseIdAndStatusIn(long courseId, Collection<ApplicationStatus> statuses);

	boolean existsByCourseIdAndAccountId(long courseId, long accountId);

	boolean existsByCourseId(long courseId);

	Optional<CourseApplication> findByIdAndAccountId(long id, long accountId);

	Optional<CourseApplication> findByIdAndCourseId(long id, long courseId);

	/** Places taken: confirmed, and lottery winners who have until their deadline to confirm. */
	@Query("select count(a) from CourseApplication a where a.courseId = :courseId and a.status in ('CONFIRMED', 'OFFERED')")
	long countPlacesTaken(long courseId);

	/** Childcare places taken: one per child of those holding a place. */
	@Query(value = """
			select coalesce(sum(cardinality(childcare_ages)), 0) from course_application
			where course_id = :courseId and status in ('CONFIRMED', 'OFFERED')""", nativeQuery = true)
	long countChildcareTaken(long courseId);

	/**
	 * The waiting list: in the lottery's drawn order where there was a draw, else in order of
	 * arrival (the id, which the row lock makes the order in which places were asked for).
	 */
	@Query("""
			select a from CourseApplication a where a.courseId = :courseId and a.status = 'WAITING'
			order by a.lotteryRank asc nulls last, a.id""")
	List<CourseApplication> waitingList(long courseId);

	/** Everyone who has a place or is waiting, in order of arrival. */
	@Query("select a from CourseApplication a where a.courseId = :courseId and a.status <> 'CANCELLED' order by a.id")
	List<CourseApplication> activeOf(long courseId);

	@Query("select a from CourseApplication a where a.accountId = :accountId order by a.appliedAt desc")
	List<CourseApplication> findByAccount(long accountId);

	/** A resident's lottery entries made in [from, to), cancelled ones included: an entry is an entry. */
	@Query("""
			select count(a) from CourseApplication a, Course c where c.id = a.courseId and a.accountId = :accountId
			and c.selectionMethod = 'LOTTERY' and a.appliedAt >= :from and a.appliedAt < :to""")
	long countLotteryEntries(long accountId, Instant from, Instant to);

	/** A resident's applications that still hold or wait for a place on a course not yet started. */
	@Query("""
			select count(a) from CourseApplication a, Course c where c.id = a.courseId and a.accountId = :accountId
			and a.status <> 'CANCELLED' and (c.firstSessionStartsAt is null or c.firstSessionStartsAt > :now)""")
	long countOpenApplications(long accountId, Instant now);
}
