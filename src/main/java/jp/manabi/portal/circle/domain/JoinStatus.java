package jp.manabi.portal.circle.domain;

/** Where a join request (入会希望) stands. Only PENDING and ACCEPTED threads take new messages. */
public enum JoinStatus {
	PENDING, ACCEPTED, DECLINED, WITHDRAWN;

	public boolean takesMessages() {
		return this == PENDING || this == ACCEPTED;
	}
}
