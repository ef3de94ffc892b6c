package jp.manabi.portal.consultation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.support.TestAccounts;

/**
 * Consultation data for tests, through the repositories: a fresh topic of its own (so no other
 * test's counselors or bookings get in the way) with one counselor whose week has weekday
 * mornings at the counter, weekday evenings online, Saturday mornings by phone and Sunday
 * afternoons at the counter.
 */
@Component
public class ConsultationTestData {

	public static final String VENUE = "としま区民センター";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final TopicRepository topics;
	private final CounselorRepository counselors;
	private final CounselorHoursRepository hours;
	private final SlotFinder slots;
	private final PublicHolidayLoader holidays;
	private final TestAccounts accounts;

	ConsultationTestData(TopicRepository topics, CounselorRepository counselors, CounselorHoursRepository hours,
			SlotFinder slots, PublicHolidayLoader holidays, TestAccounts accounts) {
		this.topics = topics;
		this.counselors = counselors;
		this.hours = hours;
		this.slots = slots;
		this.holidays = holidays;
		this.accounts = accounts;
	}

	public record Setup(Topic topic, long counselorId, String counselorName) {

		public long topicId() {
			return topic.getId();
		}

		public String code() {
			return topic.getCode();
		}
	}

	/** 30-minute slots with 10 minutes' buffer, bookable 1 to 60 days ahead, cancellable until 24 hours before. */
	public static BookingRules standardRules() {
		return new BookingRules(30, 10, 1, 60, 24);
	}

	public Setup topicWithCounselor() {
		return topicWithCounselor(standardRules());
	}

	public Setup topicWithCounselor(BookingRules rules) {
		var topic = topic(rules);
		String name = "相談員 " + SEQUENCE.incrementAndGet();
		long account = accounts.create(Set.of(Role.COUNSELOR)).id();
		long counselor = counselors.save(new Counselor(account, name, Set.of(topic.getId()))).getId();
		for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.save(new CounselorHours(counselor, day, LocalTime.of(10, 0), LocalTime.of(12, 0), Channel.COUNTER, VENUE));
			hours.save(new CounselorHours(counselor, day, LocalTime.of(18, 0), LocalTime.of(20, 0), Channel.ONLINE, null));
		}
		hours.save(new CounselorHours(counselor, DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
				Channel.PHONE, null));
		hours.save(new CounselorHours(counselor, DayOfWeek.SUNDAY, LocalTime.of(13, 0), LocalTime.of(15, 0),
				Channel.COUNTER, VENUE));
		return new Setup(topic, counselor, name);
	}

	/** A topic with no counselor: nothing to book. */
	public Topic topic(BookingRules rules) {
		String code = "test-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
		return topics.save(new Topic(code, "試験の相談 " + code, "Test topic " + code, rules, EnumSet.allOf(Channel.class)));
	}

	/** The first free slot of the setup's counselor that matches, from the first bookable day on. */
	public FreeSlots.Slot slot(Setup setup, Predicate<FreeSlots.Slot> which) {
		return free(setup).stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("no such free slot"));
	}

	public List<FreeSlots.Slot> free(Setup setup) {
		LocalDate today = slots.today();
		return slots.free(setup.topicId(), today, today.plusDays(400), EnumSet.allOf(Channel.class)).stream()
				.filter(s -> s.counselorId() == setup.counselorId()).toList();
	}

	/** A weekday morning slot at the counter, at least {@code daysAhead} days ahead. */
	public FreeSlots.Slot counterSlot(Setup setup, int daysAhead) {
		LocalDate from = slots.today().plusDays(daysAhead);
		return slot(setup, s -> s.channel() == Channel.COUNTER && !s.weekend() && !s.day().isBefore(from));
	}

	/** Japan's public holidays from the bundled file (idempotent). */
	public void loadHolidays() {
		holidays.loadBundled();
	}
}
