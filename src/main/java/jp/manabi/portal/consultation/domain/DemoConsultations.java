package jp.manabi.portal.consultation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.consultation.BookingStatus;
import jp.manabi.portal.consultation.Channel;

/**
 * The demo's learning counselors, in the demo profile, once (when there is no counselor yet):
 * 巣鴨 学 (counselor@) takes every topic on weekday mornings at the counter, Tuesday and Thursday
 * evenings online and Saturdays by phone; two more counselors have other hours. Japan's public
 * holidays are loaded from the bundled file when the table is empty. 豊島 花子 (resident@) has one
 * consultation coming up and one held last week.
 */
@Component
@Profile("demo")
@Order(70)
class DemoConsultations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);

	static final String DOMAIN = "@demo.manabi.example";
	static final String CENTRE = "としま区民センター";

	private final CounselorRepository counselors;
	private final CounselorHoursRepository hours;
	private final TopicRepository topics;
	private final PublicHolidayRepository holidays;
	private final PublicHolidayLoader loader;
	private final BookingRepository bookings;
	private final SlotFinder slots;
	private final Accounts accounts;

	DemoConsultations(CounselorRepository counselors, CounselorHoursRepository hours, TopicRepository topics,
			PublicHolidayRepository holidays, PublicHolidayLoader loader, BookingRepository bookings, SlotFinder slots,
			Accounts accounts) {
		this.counselors = counselors;
		this.hours = hours;
		this.topics = topics;
		this.holidays = holidays;
		this.loader = loader;
		this.bookings = bookings;
		this.slots = slots;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (holidays.count() == 0) {
			log.info("Loaded {} public holidays from the bundled file", loader.loadBundled());
		}
		if (counselors.count() > 0) {
			log.debug("Counselors exist; demo consultations not loaded");
			return;
		}
		var allTopics = new LinkedHashSet<Long>();
		topics.findByActiveTrueOrderByPositionAsc().forEach(t -> allTopics.add(t.getId()));
		var weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY);

		Long main = counselor("counselor", "巣鴨 学", allTopics);
		if (main == null) {
			return;
		}
		for (var day : weekdays) {
			hours.save(new CounselorHours(main, day, LocalTime.of(10, 0), LocalTime.of(12, 0), Channel.COUNTER, CENTRE));
		}
		for (var day : List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
			hours.save(new CounselorHours(main, day, LocalTime.of(18, 0), LocalTime.of(21, 0), Channel.ONLINE, null));
		}
		hours.save(new CounselorHours(main, DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(16, 0), Channel.PHONE,
				null));

		Long second = counselor("counselor2", "大塚 ゆかり", allTopics);
		if (second != null) {
			for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
				hours.save(new CounselorHours(second, day, LocalTime.of(13, 0), LocalTime.of(16, 0), Channel.PHONE, null));
			}
			hours.save(new CounselorHours(second, DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0),
					Channel.COUNTER, "池袋 生涯学習センター"));
		}
		Long third = counselor("counselor3", "千早 誠", allTopics);
		if (third != null) {
			hours.save(new CounselorHours(third, DayOfWeek.FRIDAY, LocalTime.of(17, 0), LocalTime.of(20, 0),
					Channel.COUNTER, "千早 地域文化創造館"));
			hours.save(new CounselorHours(third, DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(15, 0),
					Channel.ONLINE, null));
		}
		hours.flush();
		bookingsFor(main);
		log.info("Loaded the demo counselors and consultations");
	}

	private Long counselor(String localPart, String name, java.util.Set<Long> topicIds) {
		return accounts.findByEmail(localPart + DOMAIN)
				.map(account -> counselors.save(new Counselor(account.id(), name, topicIds)).getId()).orElse(null);
	}

	/** One upcoming consultation and one held a week ago for resident@. */
	private void bookingsFor(long counselorId) {
		var resident = accounts.findByEmail("resident" + DOMAIN).orElse(null);
		var topic = topics.findByActiveTrueOrderByPositionAsc().stream().findFirst().orElse(null);
		if (resident == null || topic == null) {
			return;
		}
		LocalDate today = slots.today();
		slots.free(topic.getId(), today.plusDays(5), today.plusDays(19), java.util.EnumSet.of(Channel.COUNTER)).stream()
				.filter(s -> s.counselorId() == counselorId).findFirst()
				.ifPresent(slot -> bookings.save(new Booking(slot, topic.getId(), topic.rules(),
						Booking.Who.resident(resident.id()), "英会話を学べる講座やサークルを知りたいです。")));
		LocalDate lastWeek = today.minusDays(7);
		while (lastWeek.getDayOfWeek() == DayOfWeek.SATURDAY || lastWeek.getDayOfWeek() == DayOfWeek.SUNDAY) {
			lastWeek = lastWeek.minusDays(1);
		}
		var start = lastWeek.atTime(10, 0).atZone(FreeSlots.ZONE).toInstant();
		var past = new FreeSlots.Slot(counselorId, lastWeek, LocalTime.of(10, 0), LocalTime.of(10, 0).plus(topic.slotLength()),
				Channel.COUNTER, CENTRE, start, start.plus(topic.slotLength()));
		var held = new Booking(past, topic.getId(), topic.rules(), Booking.Who.resident(resident.id()),
				"退職後に何か学びたいが、何から始めればよいか相談したい。");
		held.record(BookingStatus.HELD);
		bookings.save(held);
	}
}
