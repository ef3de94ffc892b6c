package jp.manabi.portal.consultation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.consultation.Channel;

/**
 * Free slots of a topic, from the database: four queries (the topic's counselors, their weekly
 * hours, their exceptions and holidays in the period, the bookings holding them), then
 * {@link FreeSlots} does the rest in memory.
 */
@Service
@Transactional(readOnly = true)
public class SlotFinder {

	private final TopicRepository topics;
	private final CounselorRepository counselors;
	private final CounselorHoursRepository hours;
	private final CounselorExceptionRepository exceptions;
	private final PublicHolidayRepository holidays;
	private final BookingRepository bookings;
	private final Clock clock;

	SlotFinder(TopicRepository topics, CounselorRepository counselors, CounselorHoursRepository hours,
			CounselorExceptionRepository exceptions, PublicHolidayRepository holidays, BookingRepository bookings,
			Clock clock) {
		this.topics = topics;
		this.counselors = counselors;
		this.hours = hours;
		this.exceptions = exceptions;
		this.holidays = holidays;
		this.bookings = bookings;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(FreeSlots.ZONE));
	}

	/**
	 * The free slots of the topic between {@code from} and {@code to}, cut to the topic's booking
	 * window and to the channels asked for (and offered by the topic).
	 */
	public List<FreeSlots.Slot> free(long topicId, LocalDate from, LocalDate to, Set<Channel> channels) {
		var topic = topics.findById(topicId).filter(Topic::isActive).orElse(null);
		if (topic == null) {
			return List.of();
		}
		var rules = topic.rules();
		LocalDate today = today();
		LocalDate first = max(from, rules.firstBookableDay(today));
		LocalDate last = min(to, rules.lastBookableDay(today));
		var ids = counselors.findIdsTaking(topicId);
		if (first.isAfter(last) || ids.isEmpty()) {
			return List.of();
		}
		var wanted = channels.stream().filter(topic.getChannels()::contains).collect(Collectors.toSet());
		var weekly = hours.findByCounselorIdIn(ids).stream().map(CounselorHours::range).toList();
		var dates = exceptions.findByCounselorIdInAndDayBetween(ids, first, last).stream().map(CounselorException::range)
				.toList();
		var closed = holidays.findByDayBetween(first, last).stream().map(PublicHoliday::getDay).collect(Collectors.toSet());
		var held = bookings.findHeld(ids, first.atStartOfDay(FreeSlots.ZONE).toInstant(),
				last.plusDays(1).atStartOfDay(FreeSlots.ZONE).toInstant());
		return FreeSlots.compute(new FreeSlots.Request(rules, first, last, wanted, clock.instant()), weekly, dates, closed,
				held);
	}

	/** The slot of that counselor starting at that moment, if it is free and bookable now. */
	public Optional<FreeSlots.Slot> find(long topicId, long counselorId, java.time.Instant startsAt) {
		LocalDate day = LocalDate.ofInstant(startsAt, FreeSlots.ZONE);
		return free(topicId, day, day, Set.of(Channel.values())).stream()
				.filter(s -> s.counselorId() == counselorId && s.startsAt().equals(startsAt)).findFirst();
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
