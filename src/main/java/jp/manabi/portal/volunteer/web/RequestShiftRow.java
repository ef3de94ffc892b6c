package jp.manabi.portal.volunteer.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** One row of the shifts on the request form: date, times and how many people it needs. */
public class RequestShiftRow {

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate date;

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime startsAt;

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime endsAt;

	private Integer needed;

	public RequestShiftRow() {
	}

	RequestShiftRow(LocalDate date, LocalTime startsAt, LocalTime endsAt, Integer needed) {
		this.date = date;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.needed = needed;
	}

	/** A row left blank is room to type, not a shift. */
	public boolean isEmpty() {
		return date == null && startsAt == null && endsAt == null && needed == null;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
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

	public Integer getNeeded() {
		return needed;
	}

	public void setNeeded(Integer needed) {
		this.needed = needed;
	}
}
