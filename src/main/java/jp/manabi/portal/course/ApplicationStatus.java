package jp.manabi.portal.course;

/** Where an application stands. */
public enum ApplicationStatus {
	/** 確定: has a place. */
	CONFIRMED,
	/** キャンセル待ち: on the waiting list, in order of arrival. */
	WAITING,
	/** 取消: cancelled by the resident or by staff. */
	CANCELLED
}
