package jp.manabi.portal.shared.time;

import java.time.DayOfWeek;
import java.util.List;

/** The week as residents read it in Japan: Monday first, the weekend last. */
public final class DayOfWeekNames {

	public static final List<DayOfWeek> WEEK = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

	private DayOfWeekNames() {
	}
}
