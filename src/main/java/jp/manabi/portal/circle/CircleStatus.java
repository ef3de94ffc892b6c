package jp.manabi.portal.circle;

/**
 * 審査中 → 登録 → 休止 / 解散. Staff may send a new circle back with a comment
 * (CHANGES_REQUESTED); the leader's edit puts it in the queue again.
 */
public enum CircleStatus {
	PENDING, CHANGES_REQUESTED, REGISTERED, SUSPENDED, DISSOLVED;

	/** Whether the leader can still change and resubmit it. */
	public boolean editable() {
		return this != DISSOLVED;
	}
}
