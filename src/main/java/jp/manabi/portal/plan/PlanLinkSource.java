package jp.manabi.portal.plan;

import java.util.List;

/**
 * Implemented by a module whose records link to plan nodes (courses, circles' activities,
 * volunteer requests, consultation topics), so that a node's page lists them without the plan
 * module depending on those modules. Until a module provides one, the page says so.
 */
public interface PlanLinkSource {

	PlanLinkKind kind();

	/** The records linked to the node, in the order to show them; only what residents may see. */
	List<PlanLink> linkedTo(long nodeId);
}
