package jp.manabi.portal.course.web.admin;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** One row of the session table on the course form; a row left empty is ignored. */
public class SessionRow {

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate date;

	// Browsers send HH:mm, or HH:mm:ss when a step under a minute is set.
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime startsAt;

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime endsAt;

	public SessionRow() {
	}

	SessionRow(LocalDate date, LocalTime startsAt, LocalTime endsAt) {
		this.date = date;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	boolean isEmpty() {
		return date == null && startsAt == null && endsAt == null;
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
}
