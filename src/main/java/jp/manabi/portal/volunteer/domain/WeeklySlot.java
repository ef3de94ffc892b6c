package jp.manabi.portal.volunteer.domain;

import java.time.DayOfWeek;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import jp.manabi.portal.shared.time.TimeBand;

/** One cell of the weekly availability grid: a weekday (ISO 1–7) and a time band. */
@Embeddable
public record WeeklySlot(@Column(name = "day_of_week") Integer dayOfWeek,
		@Column(name = "time_band") @Enumerated(EnumType.STRING) TimeBand timeBand) {

	public static WeeklySlot of(DayOfWeek day, TimeBand band) {
		return new WeeklySlot(day.getValue(), band);
	}

	public DayOfWeek day() {
		return DayOfWeek.of(dayOfWeek);
	}
}
