package jp.manabi.portal.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.domain.FreeSlots.DateRange;
import jp.manabi.portal.consultation.domain.FreeSlots.Held;
import jp.manabi.portal.consultation.domain.FreeSlots.Slot;
import jp.manabi.portal.consultation.domain.FreeSlots.WeeklyRange;

/** Free slots on hand-made weeks: evenings, holidays, absences, bookings, the clock and channels. */
class FreeSlotsTest {

	/** 2026-12-01 is a Tuesday. */
	static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
	static final BookingRules THIRTY_PLUS_TEN = new BookingRules(30, 10, 1, 60, 24);
	static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
	static final Set<Channel> ALL = EnumSet.allOf(Channel.class);

	static final WeeklyRange TUESDAY_EVENING = new WeeklyRange(1, DayOfWeek.TUESDAY, LocalTime.of(18, 0),
			LocalTime.of(21, 0), Channel.ONLINE, null);

	@Test
	void slotsFollowEachOtherWithTheBufferAndTheLastOneEndsWithinTheRange() {
		var slots = compute(TUESDAY, TUESDAY, List.of(TUESDAY_EVENING), List.of(), Set.of(), List.of());

		assertThat(starts(slots)).containsExactly("18:00", "18:40", "19:20", "20:00");
		assertThat(slots.get(0).end()).isEqualTo(LocalTime.of(18, 30));
		assertThat(slots).allMatch(Slot::evening).noneMatch(Slot::weekend);
		assertThat(slots.get(0).startsAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
	}

	@Test
	void aPublicHolidayIsClosedUnlessTheCounselorGivesHoursThatDay() {
		assertThat(compute(TUESDAY, TUESDAY, List.of(TUESDAY_EVENING), List.of(), Set.of(TUESDAY), List.of())).isEmpty();

		var opened = new DateRange(1, TUESDAY, false, LocalTime.of(10, 0), LocalTime.of(11, 0), Channel.COUNTER, "区民センター");
		var slots = compute(TUESDAY, TUESDAY, List.of(TUESDAY_EVENING), List.of(opened), Set.of(TUESDAY), List.of());
		assertThat(starts(slots)).containsExactly("10:00");
		assertThat(slots.get(0).venue()).isEqualTo("区民センター");
	}

	@Test
	void anAbsenceEmptiesTheDayAndOnlyThatDay() {
		var slots = compute(TUESDAY, TUESDAY.plusDays(7), List.of(TUESDAY_EVENING), List.of(DateRange.absent(1, TUESDAY)),
				Set.of(), List.of());

		assertThat(slots).extracting(Slot::day).containsOnly(TUESDAY.plusDays(7));
		assertThat(slots).hasSize(4);
	}

	@Test
	void aBookingTakesItsHeldTimeAndTheNextSlotStartsAfterIt() {
		// Another topic's 40-minute booking with a 10-minute buffer: 18:40 to 19:30 Japan time.
		var booking = new Held(1, Instant.parse("2026-12-01T09:40:00Z"), Instant.parse("2026-12-01T10:30:00Z"));

		var slots = compute(TUESDAY, TUESDAY, List.of(TUESDAY_EVENING), List.of(), Set.of(), List.of(booking));

		// 18:00 ends its buffer at 18:40 exactly: touching is not overlapping.
		assertThat(starts(slots)).containsExactly("18:00", "19:30", "20:10");
	}

	@Test
	void anotherCounselorsBookingsDoNotMatter() {
		var booking = new Held(2, Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T12:00:00Z"));

		assertThat(compute(TUESDAY, TUESDAY, List.of(TUESDAY_EVENING), List.of(), Set.of(), List.of(booking))).hasSize(4);
	}

	@Test
	void slotsThatHaveStartedOrPassedAreNotOffered() {
		var now = Instant.parse("2026-12-01T09:45:00Z"); // 18:45 in Tokyo

		var slots = FreeSlots.compute(new FreeSlots.Request(THIRTY_PLUS_TEN, TUESDAY, TUESDAY, ALL, now),
				List.of(TUESDAY_EVENING), List.of(), Set.of(), List.of());

		assertThat(starts(slots)).containsExactly("19:20", "20:00");
	}

	@Test
	void onlyTheChannelsAskedForAndSeveralCounselorsInTimeOrder() {
		var counter = new WeeklyRange(2, DayOfWeek.TUESDAY, LocalTime.of(17, 0), LocalTime.of(18, 30), Channel.COUNTER,
				"としま区民センター");
		var weekly = List.of(TUESDAY_EVENING, counter);

		var online = FreeSlots.compute(new FreeSlots.Request(THIRTY_PLUS_TEN, TUESDAY, TUESDAY, EnumSet.of(Channel.ONLINE),
				LONG_AGO), weekly, List.of(), Set.of(), List.of());
		assertThat(online).extracting(Slot::channel).containsOnly(Channel.ONLINE);

		var both = compute(TUESDAY, TUESDAY, weekly, List.of(), Set.of(), List.of());
		assertThat(starts(both)).containsExactly("17:00", "17:40", "18:00", "18:40", "19:20", "20:00");
		assertThat(both.get(0).counselorId()).isEqualTo(2);
	}

	@Test
	void weekendsAreMarkedAndTheRangeIsInclusive() {
		var saturday = new WeeklyRange(1, DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), Channel.PHONE, null);

		var slots = compute(TUESDAY, TUESDAY.plusDays(4), List.of(saturday), List.of(), Set.of(), List.of());

		assertThat(slots).hasSize(1);
		assertThat(slots.get(0).weekend()).isTrue();
		assertThat(slots.get(0).evening()).isFalse();
	}

	private static List<Slot> compute(LocalDate from, LocalDate to, List<WeeklyRange> weekly, List<DateRange> dates,
			Set<LocalDate> holidays, List<Held> held) {
		return FreeSlots.compute(new FreeSlots.Request(THIRTY_PLUS_TEN, from, to, ALL, LONG_AGO), weekly, dates, holidays,
				held);
	}

	private static List<String> starts(List<Slot> slots) {
		return slots.stream().map(s -> s.start().toString()).toList();
	}
}
