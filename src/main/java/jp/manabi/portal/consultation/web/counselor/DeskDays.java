package jp.manabi.portal.consultation.web.counselor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.manabi.portal.consultation.domain.DeskSchedule;

/** The days a day or week view covers, and its bookings grouped by day (each day listed, also empty ones). */
public record DeskDays(LocalDate day, boolean week, LocalDate from, LocalDate to, Map<LocalDate, List<DeskSchedule.Line>> byDay) {

	/** The chosen day (today when none or unreadable) and, for the week, its Monday to Sunday. */
	public static DeskDays of(String day, String view, LocalDate today) {
		LocalDate chosen = today;
		if (day != null) {
			try {
				chosen = LocalDate.parse(day);
			}
			catch (java.time.format.DateTimeParseException e) {
				chosen = today;
			}
		}
		boolean week = "week".equals(view);
		LocalDate from = week ? chosen.with(DayOfWeek.MONDAY) : chosen;
		LocalDate to = week ? from.plusDays(6) : chosen;
		return new DeskDays(chosen, week, from, to, Map.of());
	}

	public DeskDays with(List<DeskSchedule.Line> lines) {
		var grouped = new TreeMap<LocalDate, List<DeskSchedule.Line>>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			grouped.put(d, new ArrayList<>());
		}
		for (var line : lines) {
			grouped.computeIfAbsent(line.day(), k -> new ArrayList<>()).add(line);
		}
		return new DeskDays(day, week, from, to, grouped);
	}

	public LocalDate previous() {
		return week ? day.minusWeeks(1) : day.minusDays(1);
	}

	public LocalDate next() {
		return week ? day.plusWeeks(1) : day.plusDays(1);
	}

	public String view() {
		return week ? "week" : "day";
	}
}
