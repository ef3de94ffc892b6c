package jp.manabi.portal.course;

/** Where an application stands. */
public enum ApplicationStatus {
	/** 抽選待ち: entered for a lottery that has not been drawn yet. */
	ENTERED,
	/** 当選・確認待ち: won the lottery and must confirm by the course's deadline. */
	OFFERED,
	/** 確定: has a place. */
	CONFIRMED,
	/** キャンセル待ち: on the waiting list, in order of arrival or of the lottery draw. */
	WAITING,
	/** 取消: cancelled by the resident or by staff. */
	CANCELLED;

	/** Holds one of the course's places (and its childcare places). */
	public boolean holdsPlace() {
		return this == CONFIRMED || this == OFFERED;
	}

	public boolean isActive() {
		return this != CANCELLED;
	}
}
