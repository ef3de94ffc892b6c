package jp.manabi.portal.course.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jp.manabi.portal.course.ApplicationStatus;

public interface CourseApplicationRepository extends JpaRepository<CourseApplication, Long> {

	long countByCourseIdAndStatus(long courseId, ApplicationStatus status);

	boolean existsByCourseIdAndAccountId(long courseId, long accountId);

	Optional<CourseApplication> findByIdAndAccountId(long id, long accountId);

	/** The waiting list in order of arrival. */
	@Query("select a from CourseApplication a where a.courseId = :courseId and a.status = 'WAITING' order by a.id")
	List<CourseApplication> waitingList(long courseId);

	/** Everyone who has a place or is waiting, in order of arrival. */
	@Query("select a from CourseApplication a where a.courseId = :courseId and a.status <> 'CANCELLED' order by a.id")
	List<CourseApplication> activeOf(long courseId);

	@Query("select a from CourseApplication a where a.accountId = :accountId order by a.appliedAt desc")
	List<CourseApplication> findByAccount(long accountId);
}
