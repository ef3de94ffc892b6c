package jp.manabi.portal.shared.time;

import java.time.LocalTime;

/** 午前 / 午後 / 夜間, by the time a session starts. Evenings are what working residents ask for. */
public enum TimeBand {
	MORNING, AFTERNOON, EVENING;

	static final LocalTime NOON = LocalTime.NOON;
	static final LocalTime EVENING_STARTS = LocalTime.of(17, 0);

	public static TimeBand of(LocalTime start) {
		if (start.isBefore(NOON)) {
			return MORNING;
		}
		return start.isBefore(EVENING_STARTS) ? AFTERNOON : EVENING;
	}
}
