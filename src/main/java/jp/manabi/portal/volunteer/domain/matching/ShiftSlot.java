package jp.manabi.portal.volunteer.domain.matching;

import java.time.LocalDate;

import jp.manabi.portal.shared.time.TimeBand;

/** A shift as matching sees it: its date and the cell of the weekly grid it falls in. */
public record ShiftSlot(long shiftId, LocalDate date, TimeBand band) {

	public int cell() {
		return WeeklyGrid.cell(date.getDayOfWeek(), band);
	}
}
