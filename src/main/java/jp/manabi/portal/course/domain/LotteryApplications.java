package jp.manabi.portal.course.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/** The queries the lottery needs on applications, each answering for a whole course at once. */
interface LotteryApplications extends Repository<CourseApplication, Long> {

	/** The entries of a lottery course not yet drawn, oldest first. */
	@Query("select a from CourseApplication a where a.courseId = :courseId and a.status = 'ENTERED' order by a.id")
	List<CourseApplication> entriesOf(long courseId);

	/** Seats and childcare places already held (confirmed, or offered and awaiting confirmation). */
	interface Taken {

		long getSeats();

		long getChildcare();
	}

	/** Both of a course's capacities in use, in one statement (what {@link Places} counts in two). */
	@Query(value = """
			select count(*) as seats, coalesce(sum(cardinality(childcare_ages)), 0) as childcare
			from course_application where course_id = :courseId and status in ('CONFIRMED', 'OFFERED')""",
			nativeQuery = true)
	Taken placesTaken(long courseId);

	/**
	 * The same, read-only: the draw works out each entry's new state with the entity's own methods
	 * but writes all of them in one statement itself, so Hibernate must not write them again.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
	@Query("select a from CourseApplication a where a.courseId = :courseId and a.status = 'ENTERED' order by a.id")
	List<CourseApplication> entriesToDraw(long courseId);

	@Query("select count(a) from CourseApplication a where a.courseId = :courseId and a.status = 'ENTERED'")
	long countEntries(long courseId);

	/** Everyone the draw ranked, in drawn order. */
	@Query("select a from CourseApplication a where a.courseId = :courseId and a.lotteryRank is not null order by a.lotteryRank")
	List<CourseApplication> drawnOf(long courseId);

	/** Only the course of one of the person's applications: nothing is loaded before the course is locked. */
	@Query("select a.courseId from CourseApplication a where a.id = :id and a.accountId = :accountId")
	Optional<Long> courseOf(long id, long accountId);

	Optional<CourseApplication> findByIdAndAccountId(long id, long accountId);

	/** Courses where a winner let the confirmation deadline pass. */
	@Query("select distinct a.courseId from CourseApplication a where a.status = 'OFFERED' and a.offerExpiresAt <= :now")
	List<Long> coursesWithExpiredOffers(Instant now);

	@Query("""
			select a from CourseApplication a where a.courseId = :courseId and a.status = 'OFFERED'
			and a.offerExpiresAt <= :now order by a.lotteryRank, a.id""")
	List<CourseApplication> expiredOffersOf(long courseId, Instant now);
}
