package jp.manabi.portal.plan.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanIndicatorRepository extends JpaRepository<PlanIndicator, Long> {

	@Query("select distinct i from PlanIndicator i left join fetch i.actuals where i.node.plan.id = :planId")
	List<PlanIndicator> findAllOfPlan(long planId);

	@Query("select i from PlanIndicator i where i.node.id = :nodeId order by i.position, i.id")
	List<PlanIndicator> findByNode(long nodeId);

	@Query("select i from PlanIndicator i join fetch i.node n join fetch n.plan where i.id = :id")
	Optional<PlanIndicator> findWithNode(long id);
}
