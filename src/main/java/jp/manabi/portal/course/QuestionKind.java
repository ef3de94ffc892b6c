package jp.manabi.portal.course;

/** The kinds of question staff can ask on a course's application form. */
public enum QuestionKind {
	/** Free text. */
	TEXT,
	/** One of the choices staff listed. */
	CHOICE,
	/** A whole number, optionally within a range. */
	NUMBER,
	/** はい / いいえ. */
	YES_NO
}
