package jp.manabi.portal.course.domain;

/** 受付 → 検討中 → 採用 / 不採用. */
public enum ProposalStatus {
	RECEIVED, UNDER_REVIEW, ADOPTED, REJECTED;

	public boolean decided() {
		return this == ADOPTED || this == REJECTED;
	}
}
