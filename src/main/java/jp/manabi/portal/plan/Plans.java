package jp.manabi.portal.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plan module's facade for other modules. */
public interface Plans {

	/** Any node, archived ones included: a course linked to a node before it was archived still shows the link. */
	Optional<PlanNodeRef> findNode(long nodeId);

	/** Several nodes at once (archived ones included), in no particular order; unknown ids are left out. */
	List<PlanNodeRef> findNodes(Collection<Long> nodeIds);

	/** A node by its plan's code and its own code, archived ones included. */
	Optional<PlanNodeRef> findNode(String planCode, String nodeCode);

	/** The code of the plan the portal currently works to (a setting, 豊島区's by default). */
	String activePlanCode();

	/**
	 * What records can be linked to in the active plan: its actions, and its measures where the
	 * plan lists no actions under them (多摩市 lists none). Archived branches are left out.
	 */
	List<PlanNodeRef> linkTargets();

	/**
	 * The node and every node above it, from the goal down. A record linked to an action also
	 * belongs to its measure, direction and goal, so pages and counts at every level find it.
	 */
	List<PlanNodeRef> path(long nodeId);

	/**
	 * What records linked to these nodes count toward: the nodes and all their ancestors, each
	 * once. Empty when any of the ids is not a node, so callers refuse the link as a whole.
	 */
	Optional<Set<Long>> scopeOf(Collection<Long> nodeIds);

	/** The goals of the active plan, in order: for filters such as the course catalogue's. */
	List<PlanNodeRef> activeGoals();
}
