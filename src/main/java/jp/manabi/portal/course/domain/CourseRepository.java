package jp.manabi.portal.course.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseRepository extends JpaRepository<Course, Long> {

	/** Course cards for a page of search hits, in one query (no N+1). */
	@EntityGraph(attributePaths = { "category", "venue", "audiences", "sessions" })
	@Query("select c from Course c where c.id in :ids")
	List<Course> findCardsByIdIn(Collection<Long> ids);

	@EntityGraph(attributePaths = { "category", "venue", "audiences", "sessions", "planNodeIds" })
	@Query("select c from Course c where c.id = :id")
	Optional<Course> findWithEverything(Long id);
}
