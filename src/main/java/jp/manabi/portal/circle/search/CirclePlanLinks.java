package jp.manabi.portal.circle.search;

import java.util.List;

import org.springframework.stereotype.Component;

import jp.manabi.portal.plan.PlanLink;
import jp.manabi.portal.plan.PlanLinkKind;
import jp.manabi.portal.plan.PlanLinkSource;

/** Lists on a plan node's page the listed circles that relate to it or to anything under it. */
@Component
class CirclePlanLinks implements PlanLinkSource {

	private final CircleSearch search;

	CirclePlanLinks(CircleSearch search) {
		this.search = search;
	}

	@Override
	public PlanLinkKind kind() {
		return PlanLinkKind.CIRCLE_ACTIVITIES;
	}

	@Override
	public List<PlanLink> linkedTo(long nodeId) {
		return search.servingPlanNode(nodeId, 30).stream().map(c -> new PlanLink(c.name(), "/circles/" + c.id()))
				.toList();
	}
}
