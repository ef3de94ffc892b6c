package jp.manabi.portal.account;

/** How a person belongs to the municipality; courses use it to decide who may apply. */
public enum Residency {
	/** 在住: lives in the municipality. */
	LIVES,
	/** 在勤: works there. */
	WORKS,
	/** 在学: studies there. */
	STUDIES,
	/** None of these. */
	OTHER
}
