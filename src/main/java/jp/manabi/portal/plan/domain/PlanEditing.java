package jp.manabi.portal.plan.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.plan.PlanLevel;

/**
 * Everything staff change in a plan; each public method is one transaction. Every change names
 * the version the staff member saw, and a change over someone else's newer one is refused
 * (a 409 page) rather than silently overwriting it.
 */
@Service
@Transactional
public class PlanEditing {

	private final PlanRepository plans;
	private final PlanNodeRepository nodes;
	private final PlanIndicatorRepository indicators;
	private final PlanSettings settings;
	private final Clock clock;

	PlanEditing(PlanRepository plans, PlanNodeRepository nodes, PlanIndicatorRepository indicators,
			PlanSettings settings, Clock clock) {
		this.plans = plans;
		this.nodes = nodes;
		this.indicators = indicators;
		this.settings = settings;
		this.clock = clock;
	}

	public void changeStatus(String planCode, long expectedVersion, PlanStatus status) {
		Plan plan = plan(planCode);
		requireVersion(plan.getVersion(), expectedVersion, Plan.class, plan.getId());
		if (!status.isPublic() && plan.getCode().equals(settings.activePlanCode())) {
			throw new PlanEditRefusedException("plan.admin.status.error.activeDraft");
		}
		plan.changeStatus(status);
	}

	public void update(String planCode, long nodeId, long expectedVersion, NodeContent content) {
		PlanNode node = node(planCode, nodeId);
		requireVersion(node.getVersion(), expectedVersion, PlanNode.class, nodeId);
		node.describe(content);
	}

	/**
	 * Adds a goal ({@code parentId} null) or a child one level below its parent, at the end.
	 *
	 * @return the new node's id
	 */
	public long add(String planCode, Long parentId, String code, NodeContent content) {
		Plan plan = plan(planCode);
		PlanNode parent = parentId == null ? null : node(planCode, parentId);
		if (parent != null && !parent.getLevel().hasChildLevel()) {
			throw new PlanEditRefusedException("plan.node.error.tooDeep");
		}
		if (!PlanFileParser.NODE_CODE.matcher(code).matches() || code.length() > PlanFileParser.MAX_CODE) {
			throw new PlanEditRefusedException("plan.node.error.codeFormat");
		}
		if (nodes.findAllOfPlan(plan.getId()).stream().anyMatch(n -> n.getCode().equals(code))) {
			throw new PlanEditRefusedException("plan.node.error.codeTaken", code);
		}
		List<PlanNode> siblings = parent == null ? nodes.findGoals(plan.getId()) : nodes.findChildren(parent.getId());
		int position = siblings.stream().mapToInt(PlanNode::getPosition).max().orElse(-1) + 1;
		var node = new PlanNode(plan, parent, parent == null ? PlanLevel.GOAL : parent.getLevel().childLevel(), code,
				position);
		node.describe(content);
		try {
			return nodes.saveAndFlush(node).getId();
		}
		catch (DataIntegrityViolationException sameMoment) {
			// Someone added the same code a moment ago: the unique constraint decides.
			throw new PlanEditRefusedException("plan.node.error.codeTaken", code);
		}
	}

	/** Swaps the node with the sibling before it ({@code -1}) or after it ({@code +1}). */
	public void reorder(String planCode, long nodeId, long expectedVersion, int direction) {
		PlanNode node = node(planCode, nodeId);
		requireVersion(node.getVersion(), expectedVersion, PlanNode.class, nodeId);
		List<PlanNode> siblings = new ArrayList<>(siblingsOf(node));
		int index = siblings.indexOf(node);
		int target = index + Integer.signum(direction);
		if (target < 0 || target >= siblings.size()) {
			return;
		}
		siblings.set(index, siblings.get(target));
		siblings.set(target, node);
		renumber(siblings);
	}

	/**
	 * Moves a node, with everything under it, to another parent one level up in the same plan.
	 * Its level stays, so a parent on another level, the node itself or anything under it
	 * (a cycle) is refused.
	 */
	public void move(String planCode, long nodeId, long expectedVersion, Long newParentId) {
		PlanNode node = node(planCode, nodeId);
		requireVersion(node.getVersion(), expectedVersion, PlanNode.class, nodeId);
		if (node.getLevel() == PlanLevel.GOAL) {
			throw new PlanEditRefusedException("plan.node.move.error.goal");
		}
		if (newParentId == null) {
			throw new PlanEditRefusedException("plan.node.move.error.missingParent");
		}
		PlanNode parent = nodes.findWithPlan(newParentId).filter(p -> p.getPlan().getId().equals(node.getPlan().getId()))
				.orElseThrow(() -> new PlanEditRefusedException("plan.node.move.error.missingParent"));
		if (parent.getId().equals(node.getId()) || isAncestor(node, parent)) {
			throw new PlanEditRefusedException("plan.node.move.error.cycle");
		}
		if (parent.getLevel().depth() != node.getLevel().depth() - 1) {
			throw new PlanEditRefusedException("plan.node.move.error.level", node.getLevel().depth() - 1);
		}
		if (parent.getId().equals(node.parentId())) {
			return;
		}
		List<PlanNode> oldSiblings = new ArrayList<>(siblingsOf(node));
		oldSiblings.remove(node);
		int position = nodes.findChildren(parent.getId()).stream().mapToInt(PlanNode::getPosition).max().orElse(-1) + 1;
		node.place(parent, position);
		renumber(oldSiblings);
	}

	public void archive(String planCode, long nodeId, long expectedVersion) {
		PlanNode node = node(planCode, nodeId);
		requireVersion(node.getVersion(), expectedVersion, PlanNode.class, nodeId);
		node.archive(clock.instant());
	}

	public void restore(String planCode, long nodeId, long expectedVersion) {
		PlanNode node = node(planCode, nodeId);
		requireVersion(node.getVersion(), expectedVersion, PlanNode.class, nodeId);
		node.restore();
	}

	/** @return the new indicator's id */
	public long addIndicator(String planCode, long nodeId, IndicatorContent content) {
		PlanNode node = node(planCode, nodeId);
		List<PlanIndicator> existing = indicators.findByNode(nodeId);
		requireNewName(existing, null, content.name());
		var indicator = new PlanIndicator(node,
				existing.stream().mapToInt(PlanIndicator::getPosition).max().orElse(-1) + 1);
		indicator.describe(content);
		try {
			return indicators.saveAndFlush(indicator).getId();
		}
		catch (DataIntegrityViolationException sameMoment) {
			throw new PlanEditRefusedException("plan.indicator.error.nameTaken", content.name());
		}
	}

	public void updateIndicator(String planCode, long indicatorId, long expectedVersion, IndicatorContent content) {
		PlanIndicator indicator = indicator(planCode, indicatorId);
		requireVersion(indicator.getVersion(), expectedVersion, PlanIndicator.class, indicatorId);
		requireNewName(indicators.findByNode(indicator.getNode().getId()), indicator, content.name());
		indicator.describe(content);
		try {
			indicators.flush();
		}
		catch (DataIntegrityViolationException sameMoment) {
			throw new PlanEditRefusedException("plan.indicator.error.nameTaken", content.name());
		}
	}

	public void deleteIndicator(String planCode, long indicatorId, long expectedVersion) {
		PlanIndicator indicator = indicator(planCode, indicatorId);
		requireVersion(indicator.getVersion(), expectedVersion, PlanIndicator.class, indicatorId);
		indicators.delete(indicator);
	}

	private static void requireNewName(List<PlanIndicator> existing, PlanIndicator self, String name) {
		if (existing.stream().anyMatch(i -> i != self && i.getName().equals(name))) {
			throw new PlanEditRefusedException("plan.indicator.error.nameTaken", name);
		}
	}

	private List<PlanNode> siblingsOf(PlanNode node) {
		return node.parentId() == null ? nodes.findGoals(node.getPlan().getId()) : nodes.findChildren(node.parentId());
	}

	/** Positions 0, 1, 2 … in list order; rows already in place are left untouched. */
	private static void renumber(List<PlanNode> siblings) {
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).moveTo(i);
		}
	}

	private static boolean isAncestor(PlanNode candidate, PlanNode of) {
		for (PlanNode above = of.getParent(); above != null; above = above.getParent()) {
			if (above.getId().equals(candidate.getId())) {
				return true;
			}
		}
		return false;
	}

	private Plan plan(String code) {
		return plans.findByCode(code).orElseThrow(() -> new PlanNotFoundException("plan"));
	}

	private PlanNode node(String planCode, long nodeId) {
		return nodes.findWithPlan(nodeId).filter(n -> n.getPlan().getCode().equals(planCode))
				.orElseThrow(() -> new PlanNotFoundException("plan node"));
	}

	private PlanIndicator indicator(String planCode, long indicatorId) {
		return indicators.findWithNode(indicatorId).filter(i -> i.getNode().getPlan().getCode().equals(planCode))
				.orElseThrow(() -> new PlanNotFoundException("indicator"));
	}

	private static void requireVersion(long actual, long expected, Class<?> type, Object id) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}
}
