package jp.manabi.portal.plan;

/** The kinds of records that link to plan nodes, in the order a node's page lists them. */
public enum PlanLinkKind {
	COURSES, CIRCLE_ACTIVITIES, VOLUNTEER_REQUESTS, CONSULTATION_TOPICS
}
