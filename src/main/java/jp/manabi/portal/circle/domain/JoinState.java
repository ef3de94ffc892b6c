package jp.manabi.portal.circle.domain;

/** What the join button on a circle's page does for the person looking at it. */
public record JoinState(Kind kind, Long openRequestId) {

	public enum Kind {
		/** Not signed in: the button leads to the login. */
		ANONYMOUS,
		/** May send a join request. */
		CAN_ASK,
		/** Already asked; the request is still open. */
		PENDING,
		/** Already a member. */
		MEMBER,
		/** Leads or co-leads the circle. */
		MANAGES,
		/** The circle is not looking for members now. */
		NOT_RECRUITING
	}

	public static JoinState of(Kind kind) {
		return new JoinState(kind, null);
	}
}
