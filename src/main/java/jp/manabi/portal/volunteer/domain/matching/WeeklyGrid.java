package jp.manabi.portal.volunteer.domain.matching;

import java.time.DayOfWeek;

import jp.manabi.portal.shared.time.TimeBand;

/**
 * The weekly availability grid (7 days × 3 time bands) as the 21 low bits of an int, so that a
 * candidate's whole grid is one number and "free for this shift" one bit test.
 */
public final class WeeklyGrid {

	private WeeklyGrid() {
	}

	public static int cell(DayOfWeek day, TimeBand band) {
		return (day.getValue() - 1) * TimeBand.values().length + band.ordinal();
	}

	public static int bit(DayOfWeek day, TimeBand band) {
		return 1 << cell(day, band);
	}

	public static boolean has(int grid, int cell) {
		return (grid & (1 << cell)) != 0;
	}
}
