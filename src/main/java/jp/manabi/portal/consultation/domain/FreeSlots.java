package jp.manabi.portal.consultation.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.manabi.portal.consultation.Channel;

/**
 * Free consultation slots, as a pure function of the counselors' hours, the dates that differ,
 * the public holidays and what is already booked. Nothing here reads the database or the clock,
 * so every edge (a holiday, an absence, a booking that overlaps by a minute, the last slot of a
 * range) is tested on hand-made cases.
 *
 * <p>A day's hours are its exceptions when the counselor has any that day (none when absent),
 * else nothing on a public holiday, else the weekly hours. Slots start at each range's start and
 * follow each other every slot plus buffer; a slot must end within its range (the buffer may run
 * past it). A slot whose held time (slot plus buffer) overlaps a booking is not offered, and the
 * next one starts after that booking, so a longer booking of another topic does not waste the
 * rest of the range.
 */
public final class FreeSlots {

	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private FreeSlots() {
	}

	/** A counselor's usual hours on a weekday. */
	public record WeeklyRange(long counselorId, DayOfWeek day, LocalTime start, LocalTime end, Channel channel,
			String venue) {
	}

	/** A date that differs from the week: absent all day, or these hours instead. */
	public record DateRange(long counselorId, LocalDate day, boolean absent, LocalTime start, LocalTime end,
			Channel channel, String venue) {

		public static DateRange absent(long counselorId, LocalDate day) {
			return new DateRange(counselorId, day, true, null, null, null, null);
		}
	}

	/** Time a counselor is already held by a booking (its slot and buffer). */
	public record Held(long counselorId, Instant from, Instant until) {
	}

	/** One bookable slot. */
	public record Slot(long counselorId, LocalDate day, LocalTime start, LocalTime end, Channel channel, String venue,
			Instant startsAt, Instant endsAt) {

		public boolean evening() {
			return !start.isBefore(LocalTime.of(17, 0));
		}

		public boolean weekend() {
			return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		}
	}

	/** What to compute: the topic's rules, the days to cover, the channels the resident wants. */
	public record Request(BookingRules rules, LocalDate from, LocalDate to, Set<Channel> channels, Instant now) {
	}

	public static List<Slot> compute(Request request, Collection<WeeklyRange> weekly, Collection<DateRange> dates,
			Set<LocalDate> holidays, Collection<Held> held) {
		var weeklyByCounselorDay = new HashMap<Long, Map<DayOfWeek, List<WeeklyRange>>>();
		for (var range : weekly) {
			weeklyByCounselorDay.computeIfAbsent(range.counselorId(), k -> new HashMap<>())
					.computeIfAbsent(range.day(), k -> new ArrayList<>()).add(range);
		}
		var datesByCounselorDay = new HashMap<Long, Map<LocalDate, List<DateRange>>>();
		for (var range : dates) {
			datesByCounselorDay.computeIfAbsent(range.counselorId(), k -> new HashMap<>())
					.computeIfAbsent(range.day(), k -> new ArrayList<>()).add(range);
		}
		var heldByCounselor = new HashMap<Long, List<Held>>();
		for (var h : held) {
			heldByCounselor.computeIfAbsent(h.counselorId(), k -> new ArrayList<>()).add(h);
		}
		heldByCounselor.values().forEach(list -> list.sort(Comparator.comparing(Held::from)));

		var counselors = new java.util.TreeSet<Long>();
		counselors.addAll(weeklyByCounselorDay.keySet());
		counselors.addAll(datesByCounselorDay.keySet());

		var slots = new ArrayList<Slot>();
		for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
			for (long counselor : counselors) {
				for (var range : rangesOn(day, counselor, weeklyByCounselorDay, datesByCounselorDay, holidays)) {
					if (request.channels().contains(range.channel())) {
						fill(slots, request, counselor, day, range, heldByCounselor.getOrDefault(counselor, List.of()));
					}
				}
			}
		}
		slots.sort(Comparator.comparing(Slot::startsAt).thenComparing(Slot::counselorId));
		return slots;
	}

	/** A range of one day, whichever kind it came from. */
	private record DayRange(LocalTime start, LocalTime end, Channel channel, String venue) {
	}

	private static List<DayRange> rangesOn(LocalDate day, long counselor,
			Map<Long, Map<DayOfWeek, List<WeeklyRange>>> weekly, Map<Long, Map<LocalDate, List<DateRange>>> dates,
			Set<LocalDate> holidays) {
		var exceptions = dates.getOrDefault(counselor, Map.of()).get(day);
		if (exceptions != null && !exceptions.isEmpty()) {
			if (exceptions.stream().anyMatch(DateRange::absent)) {
				return List.of();
			}
			return exceptions.stream().map(e -> new DayRange(e.start(), e.end(), e.channel(), e.venue())).toList();
		}
		if (holidays.contains(day)) {
			return List.of();
		}
		return weekly.getOrDefault(counselor, Map.of()).getOrDefault(day.getDayOfWeek(), List.of()).stream()
				.map(w -> new DayRange(w.start(), w.end(), w.channel(), w.venue())).toList();
	}

	private static void fill(List<Slot> slots, Request request, long counselor, LocalDate day, DayRange range,
			List<Held> held) {
		var slot = request.rules().slot();
		var step = request.rules().held();
		LocalDateTime rangeEnd = day.atTime(range.end());
		LocalDateTime start = day.atTime(range.start());
		while (!start.plus(slot).isAfter(rangeEnd)) {
			Instant startsAt = start.atZone(ZONE).toInstant();
			Instant heldUntil = startsAt.plus(step);
			Held conflict = firstOverlap(held, startsAt, heldUntil);
			if (conflict != null) {
				LocalDateTime after = LocalDateTime.ofInstant(conflict.until(), ZONE);
				start = after.isAfter(start) ? after : start.plus(step);
				continue;
			}
			if (startsAt.isAfter(request.now())) {
				slots.add(new Slot(counselor, day, start.toLocalTime(), start.plus(slot).toLocalTime(), range.channel(),
						range.venue(), startsAt, startsAt.plus(slot)));
			}
			start = start.plus(step);
		}
	}

	private static Held firstOverlap(List<Held> held, Instant from, Instant until) {
		for (var h : held) {
			if (h.from().isBefore(until) && from.isBefore(h.until())) {
				return h;
			}
			if (!h.from().isBefore(until)) {
				break;
			}
		}
		return null;
	}
}
