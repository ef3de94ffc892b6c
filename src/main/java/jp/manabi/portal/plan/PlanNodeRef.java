package jp.manabi.portal.plan;

/**
 * What another module keeps and shows of a plan node it links to. Links are by {@code id}:
 * codes can be renumbered by a new edition of the plan, ids never change.
 */
public record PlanNodeRef(long id, String planCode, String code, String title, PlanLevel level) {
}
