package jp.manabi.portal.plan.domain;

/** A line of the staff list of plans. */
public record PlanSummary(long id, long version, String code, String title, String municipality,
		String municipalityEn, PlanStatus status, boolean active, long activeNodes) {
}
