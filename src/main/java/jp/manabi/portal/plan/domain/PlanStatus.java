package jp.manabi.portal.plan.domain;

/** Where a plan is in its life. Residents see active and archived plans, never drafts. */
public enum PlanStatus {
	DRAFT, ACTIVE, ARCHIVED;

	public boolean isPublic() {
		return this != DRAFT;
	}
}
