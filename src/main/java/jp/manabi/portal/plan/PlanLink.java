package jp.manabi.portal.plan;

/** One record linked to a plan node, as the node's page lists it. {@code path} is inside the portal. */
public record PlanLink(String title, String path) {
}
