package jp.manabi.portal.volunteer.domain;

/** When a request's shifts fall, as the public list filters them: weekdays by day, evenings, weekends. */
public enum RequestTiming {
	WEEKDAY, EVENING, WEEKEND
}
