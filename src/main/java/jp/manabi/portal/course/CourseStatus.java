package jp.manabi.portal.course;

/**
 * Where a course stands. Whether it is accepting applications (受付中) or closed (締切) is not a
 * status of its own: it follows from the application window and the clock.
 */
public enum CourseStatus {
	/** 下書き: staff only. */
	DRAFT,
	/** 公開: residents see it. */
	PUBLISHED,
	/** 中止: cancelled, with a reason; still visible so applicants learn of it. */
	CANCELLED,
	/** 開催済: held. */
	HELD
}
