package jp.manabi.portal.circle.web;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import jp.manabi.portal.circle.domain.ScheduleFrequency;
import jp.manabi.portal.circle.domain.ScheduleRule;

/** One line of the regular-schedule part of the circle form; a line left empty is ignored. */
public class CircleScheduleRow {

	private ScheduleFrequency frequency = ScheduleFrequency.WEEKLY;

	/** ISO day number, Monday 1 to Sunday 7. */
	private Integer dayOfWeek;

	private List<Integer> weeks = new ArrayList<>();

	// Browsers send HH:mm, or HH:mm:ss when a step under a minute is set.
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime startsAt;

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime endsAt;

	public CircleScheduleRow() {
	}

	static CircleScheduleRow of(ScheduleRule.Meeting meeting) {
		var row = new CircleScheduleRow();
		row.frequency = meeting.frequency();
		row.dayOfWeek = meeting.day().getValue();
		row.weeks = new ArrayList<>(meeting.weeks());
		row.startsAt = meeting.startsAt();
		row.endsAt = meeting.endsAt();
		return row;
	}

	public boolean isEmpty() {
		return dayOfWeek == null && startsAt == null && endsAt == null && (weeks == null || weeks.isEmpty());
	}

	public ScheduleFrequency getFrequency() {
		return frequency;
	}

	public void setFrequency(ScheduleFrequency frequency) {
		this.frequency = frequency;
	}

	public Integer getDayOfWeek() {
		return dayOfWeek;
	}

	public void setDayOfWeek(Integer dayOfWeek) {
		this.dayOfWeek = dayOfWeek;
	}

	public List<Integer> getWeeks() {
		return weeks;
	}

	public void setWeeks(List<Integer> weeks) {
		this.weeks = weeks == null ? new ArrayList<>() : weeks;
	}

	public LocalTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalTime getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(LocalTime endsAt) {
		this.endsAt = endsAt;
	}
}
