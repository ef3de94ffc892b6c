package jp.manabi.portal.plan.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.manabi.portal.plan.PlanLevel;
import jp.manabi.portal.plan.domain.PlanDocument.NodeDocument;

/**
 * A whole plan, loaded at once and detached: the plan row and its nodes as a tree, archived
 * nodes included (pages decide whether to show them).
 */
public record PlanTree(Plan plan, List<NodeView> goals, Map<Long, NodeView> byId, Map<String, NodeView> byCode) {

	static PlanTree build(Plan plan, List<PlanNode> nodes, List<PlanIndicator> indicators) {
		Map<Long, List<IndicatorView>> indicatorsByNode = new HashMap<>();
		indicators.stream()
				.sorted((a, b) -> a.getPosition() != b.getPosition() ? Integer.compare(a.getPosition(), b.getPosition())
						: Long.compare(a.getId(), b.getId()))
				.forEach(i -> indicatorsByNode.computeIfAbsent(i.getNode().getId(), k -> new ArrayList<>())
						.add(IndicatorView.of(i)));
		Map<Long, List<PlanNode>> childrenByParent = new HashMap<>();
		List<PlanNode> roots = new ArrayList<>();
		// Nodes arrive ordered by level, position and id, so each child list is in order.
		for (PlanNode node : nodes) {
			if (node.parentId() == null) {
				roots.add(node);
			}
			else {
				childrenByParent.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
			}
		}
		Map<Long, NodeView> byId = new HashMap<>();
		Map<String, NodeView> byCode = new HashMap<>();
		List<NodeView> goals = roots.stream().map(r -> view(r, childrenByParent, indicatorsByNode, byId, byCode)).toList();
		return new PlanTree(plan, goals, Collections.unmodifiableMap(byId), Collections.unmodifiableMap(byCode));
	}

	private static NodeView view(PlanNode node, Map<Long, List<PlanNode>> childrenByParent,
			Map<Long, List<IndicatorView>> indicatorsByNode, Map<Long, NodeView> byId, Map<String, NodeView> byCode) {
		List<NodeView> children = childrenByParent.getOrDefault(node.getId(), List.of()).stream()
				.map(child -> view(child, childrenByParent, indicatorsByNode, byId, byCode)).toList();
		var view = new NodeView(node.getId(), node.getVersion(), node.getLevel(), node.getCode(), node.content(),
				node.getPosition(), node.isArchived(), node.parentId(), children,
				List.copyOf(indicatorsByNode.getOrDefault(node.getId(), List.of())));
		byId.put(view.id(), view);
		byCode.put(view.code(), view);
		return view;
	}

	public String code() {
		return plan.getCode();
	}

	public Optional<NodeView> node(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	public Optional<NodeView> node(long id) {
		return Optional.ofNullable(byId.get(id));
	}

	public List<NodeView> activeGoals() {
		return goals.stream().filter(goal -> !goal.archived()).toList();
	}

	/** The nodes above, the goal first. */
	public List<NodeView> ancestors(NodeView node) {
		var ancestors = new ArrayList<NodeView>();
		for (Long id = node.parentId(); id != null; id = byId.get(id).parentId()) {
			ancestors.add(0, byId.get(id));
		}
		return ancestors;
	}

	/** Residents do not see a node that is archived or sits under an archived one. */
	public boolean isHidden(NodeView node) {
		return node.archived() || ancestors(node).stream().anyMatch(NodeView::archived);
	}

	public boolean isDescendant(NodeView candidate, NodeView of) {
		return ancestors(candidate).stream().anyMatch(a -> a.id() == of.id());
	}

	/** Nodes that could become the new parent of {@code node}: one level up, not archived. */
	public List<NodeView> possibleParents(NodeView node) {
		if (node.level() == PlanLevel.GOAL) {
			return List.of();
		}
		int parentDepth = node.level().depth() - 1;
		return all().stream().filter(n -> n.level().depth() == parentDepth && !isHidden(n)).toList();
	}

	/** Every node, depth first in tree order. */
	public List<NodeView> all() {
		var all = new ArrayList<NodeView>();
		collect(goals, all);
		return all;
	}

	private static void collect(List<NodeView> nodes, List<NodeView> into) {
		for (NodeView node : nodes) {
			into.add(node);
			collect(node.children(), into);
		}
	}

	/** Active nodes per level: 1 goal, 3 policies … as EXPECTED_COUNTS.md counts them. */
	public Map<PlanLevel, Long> countByLevel() {
		Map<PlanLevel, Long> counts = new java.util.EnumMap<>(PlanLevel.class);
		for (PlanLevel level : PlanLevel.values()) {
			counts.put(level, 0L);
		}
		all().stream().filter(n -> !isHidden(n)).forEach(n -> counts.merge(n.level(), 1L, Long::sum));
		return counts;
	}

	/**
	 * The plan as a file says it. Archived nodes, and what hangs under them, are left out:
	 * importing the export archives them again, and nothing else changes.
	 */
	public PlanDocument toDocument() {
		return new PlanDocument(plan.getCode(), plan.getMunicipality(), plan.getMunicipalityEn(), plan.getTitle(),
				plan.getPeriodStart(), plan.getPeriodEnd(), plan.getVision(), plan.levels(), plan.levelsEnOrNull(),
				plan.getNote(), activeGoals().stream().map(PlanTree::document).toList());
	}

	private static NodeDocument document(NodeView node) {
		return new NodeDocument(node.code(), node.content(),
				node.indicators().stream().map(IndicatorView::content).toList(),
				node.activeChildren().stream().map(PlanTree::document).toList());
	}
}
