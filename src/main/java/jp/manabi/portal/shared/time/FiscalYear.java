package jp.manabi.portal.shared.time;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Japanese fiscal year (年度): 1 April to 31 March, named by the year it starts in, so
 * 2026年度 runs from 2026-04-01 to 2027-03-31.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

	public static FiscalYear of(LocalDate date) {
		return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(startYear, Month.APRIL, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(startYear + 1, Month.MARCH, 31);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	public FiscalYear next() {
		return new FiscalYear(startYear + 1);
	}

	public FiscalYear previous() {
		return new FiscalYear(startYear - 1);
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(startYear, other.startYear);
	}
}
