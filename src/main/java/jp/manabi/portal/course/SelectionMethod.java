package jp.manabi.portal.course;

/** How places are given: first come (先着) or by lottery (抽選). */
public enum SelectionMethod {
	FIRST_COME, LOTTERY;
}
