package jp.manabi.portal.plan.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanNodeRepository extends JpaRepository<PlanNode, Long> {

	/** A whole plan at once: plans have tens of nodes, and every page needs the tree around a node. */
	@Query("select n from PlanNode n left join fetch n.parent where n.plan.id = :planId order by n.level, n.position, n.id")
	List<PlanNode> findAllOfPlan(long planId);

	@Query("select n from PlanNode n where n.plan.id = :planId and n.parent is null order by n.position, n.id")
	List<PlanNode> findGoals(long planId);

	@Query("select n from PlanNode n where n.parent.id = :parentId order by n.position, n.id")
	List<PlanNode> findChildren(long parentId);

	@Query("select n from PlanNode n join fetch n.plan where n.id = :id")
	Optional<PlanNode> findWithPlan(long id);

	@Query("select n from PlanNode n join fetch n.plan where n.id in :ids")
	java.util.List<PlanNode> findAllWithPlan(java.util.Collection<Long> ids);

	@Query("select n from PlanNode n join fetch n.plan p where p.code = :planCode and n.code = :code")
	Optional<PlanNode> findByPlanCodeAndCode(String planCode, String code);

	@Query("select count(n) from PlanNode n where n.plan.id = :planId and n.archivedAt is null")
	long countActive(long planId);
}
