package jp.manabi.portal.plan.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.plan.PlanLevel;
import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;

@Service
@Transactional(readOnly = true)
class PlanDirectory implements Plans {

	private final PlanNodeRepository nodes;
	private final PlanQueries queries;

	PlanDirectory(PlanNodeRepository nodes, PlanQueries queries) {
		this.nodes = nodes;
		this.queries = queries;
	}

	@Override
	public Optional<PlanNodeRef> findNode(long nodeId) {
		return nodes.findWithPlan(nodeId).map(n -> ref(n));
	}

	@Override
	public List<PlanNodeRef> findNodes(Collection<Long> nodeIds) {
		return nodeIds.isEmpty() ? List.of()
				: nodes.findAllWithPlan(nodeIds).stream().map(n -> ref(n)).toList();
	}

	@Override
	public Optional<PlanNodeRef> findNode(String planCode, String nodeCode) {
		return nodes.findByPlanCodeAndCode(planCode, nodeCode).map(n -> ref(n));
	}

	@Override
	public String activePlanCode() {
		return queries.activePlanCode();
	}

	@Override
	public List<PlanNodeRef> linkTargets() {
		return queries.activeTree().map(tree -> tree.all().stream().filter(n -> !tree.isHidden(n))
				.filter(n -> n.level() == PlanLevel.ACTION
						|| n.level() == PlanLevel.MEASURE && n.activeChildren().isEmpty())
				.map(n -> n.ref(tree.code())).toList()).orElse(List.of());
	}

	@Override
	public List<PlanNodeRef> path(long nodeId) {
		var path = new java.util.ArrayList<PlanNodeRef>();
		for (var node = nodes.findWithPlan(nodeId).orElse(null); node != null; node = node.getParent()) {
			path.add(0, ref(node));
		}
		return path;
	}

	@Override
	public Optional<Set<Long>> scopeOf(Collection<Long> nodeIds) {
		var scope = new LinkedHashSet<Long>();
		for (long nodeId : nodeIds) {
			var path = path(nodeId);
			if (path.isEmpty()) {
				return Optional.empty();
			}
			path.forEach(node -> scope.add(node.id()));
		}
		return Optional.of(scope);
	}

	@Override
	public List<PlanNodeRef> activeGoals() {
		return queries.activeTree().map(tree -> tree.all().stream()
				.filter(n -> n.level() == PlanLevel.GOAL && !tree.isHidden(n)).map(n -> n.ref(tree.code())).toList())
				.orElse(List.of());
	}

	private static PlanNodeRef ref(PlanNode node) {
		return new PlanNodeRef(node.getId(), node.getPlan().getCode(), node.getCode(), node.getTitle(), node.getLevel());
	}
}
