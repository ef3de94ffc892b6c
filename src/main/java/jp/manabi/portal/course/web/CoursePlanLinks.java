package jp.manabi.portal.course.web;

import java.util.List;

import org.springframework.stereotype.Component;

import jp.manabi.portal.course.domain.CourseCatalog;
import jp.manabi.portal.plan.PlanLink;
import jp.manabi.portal.plan.PlanLinkKind;
import jp.manabi.portal.plan.PlanLinkSource;

/** Lists on a plan node's page the public courses that serve it or anything under it. */
@Component
class CoursePlanLinks implements PlanLinkSource {

	private final CourseCatalog catalog;

	CoursePlanLinks(CourseCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public PlanLinkKind kind() {
		return PlanLinkKind.COURSES;
	}

	@Override
	public List<PlanLink> linkedTo(long nodeId) {
		return catalog.servingPlanNode(nodeId, 30).stream()
				.map(course -> new PlanLink(course.title(), "/courses/" + course.id())).toList();
	}
}
