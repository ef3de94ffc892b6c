package jp.manabi.portal.course.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CourseRepository extends JpaRepository<Course, Long> {

	/** The course, locked until the transaction ends: applications for it queue here, one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Course c where c.id = :id")
	Optional<Course> findForUpdate(Long id);

	/** Course cards for a page of search hits, in one query (no N+1). */
	@EntityGraph(attributePaths = { "category", "venue", "audiences", "sessions" })
	@Query("select c from Course c where c.id in :ids")
	List<Course> findCardsByIdIn(Collection<Long> ids);

	@EntityGraph(attributePaths = { "category", "venue", "audiences", "sessions", "planNodeIds" })
	@Query("select c from Course c where c.id = :id")
	Optional<Course> findWithEverything(Long id);
}
