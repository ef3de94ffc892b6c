package jp.manabi.portal.report.opendata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jp.manabi.portal.shared.time.FiscalYear;

/**
 * Which days the files cover, both ends included. By default from the first day of the current
 * fiscal year (1 April) to a year from today; a harvester may ask for less or for the previous
 * fiscal year too ({@code ?from=&to=}, ISO dates), never for more: the files stay small and the
 * past beyond that is history, not a programme.
 */
record OpenDataRange(LocalDate from, LocalDate to) {

	/** A {@code from} or {@code to} that is not an ISO date, out of bounds, or in the wrong order. */
	static final class BadRange extends RuntimeException {
		BadRange(String message) {
			super(message, null, false, false);
		}
	}

	static LocalDate earliest(LocalDate today) {
		return FiscalYear.of(today).previous().firstDay();
	}

	static LocalDate latest(LocalDate today) {
		return today.plusYears(1);
	}

	static OpenDataRange defaultFor(LocalDate today) {
		return new OpenDataRange(FiscalYear.of(today).firstDay(), latest(today));
	}

	static OpenDataRange parse(String from, String to, LocalDate today) {
		var fallback = defaultFor(today);
		LocalDate start = blank(from) ? fallback.from() : date(from);
		LocalDate end = blank(to) ? fallback.to() : date(to);
		if (start.isBefore(earliest(today)) || end.isAfter(latest(today))) {
			throw new BadRange("outside " + earliest(today) + ".." + latest(today));
		}
		if (end.isBefore(start)) {
			throw new BadRange("to before from");
		}
		return new OpenDataRange(start, end);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalDate date(String value) {
		if (value.length() != 10) {
			throw new BadRange("not an ISO date");
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new BadRange("not an ISO date");
		}
	}
}
