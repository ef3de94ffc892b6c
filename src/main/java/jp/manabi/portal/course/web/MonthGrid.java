package jp.manabi.portal.course.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.manabi.portal.course.domain.CourseCatalog.CalendarEntry;

/** A month as weeks of days (Monday first), each day with its sessions; days of other months are empty. */
record MonthGrid(List<List<Day>> weeks) {

	record Day(LocalDate date, boolean inMonth, List<CalendarEntry> entries) {
	}

	static List<List<Day>> of(YearMonth month, List<CalendarEntry> entries) {
		Map<LocalDate, List<CalendarEntry>> byDate = entries.stream()
				.collect(Collectors.groupingBy(CalendarEntry::date));
		var start = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		var weeks = new ArrayList<List<Day>>();
		var week = new ArrayList<Day>();
		for (var date = start; !date.isAfter(end); date = date.plusDays(1)) {
			boolean inMonth = YearMonth.from(date).equals(month);
			week.add(new Day(date, inMonth, inMonth ? byDate.getOrDefault(date, List.of()) : List.of()));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		return weeks;
	}
}
