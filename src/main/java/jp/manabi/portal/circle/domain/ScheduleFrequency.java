package jp.manabi.portal.circle.domain;

/** 毎週 (every week on a day) or 第n (given weeks of the month, e.g. 第2・第4火曜). */
public enum ScheduleFrequency {
	WEEKLY, MONTHLY
}
