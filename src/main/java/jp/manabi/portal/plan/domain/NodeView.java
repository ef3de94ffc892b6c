package jp.manabi.portal.plan.domain;

import java.util.List;

import jp.manabi.portal.plan.PlanLevel;
import jp.manabi.portal.plan.PlanNodeRef;

/** A node with its children and indicators, as pages show it; built inside the read transaction. */
public record NodeView(long id, long version, PlanLevel level, String code, NodeContent content, int position,
		boolean archived, Long parentId, List<NodeView> children, List<IndicatorView> indicators) {

	public String title() {
		return content.title();
	}

	/** The children residents see: archived ones are left out of the tree. */
	public List<NodeView> activeChildren() {
		return children.stream().filter(child -> !child.archived()).toList();
	}

	public PlanNodeRef ref(String planCode) {
		return new PlanNodeRef(id, planCode, code, title(), level);
	}
}
