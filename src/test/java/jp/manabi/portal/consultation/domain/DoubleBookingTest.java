package jp.manabi.portal.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.support.IntegrationTest;

/**
 * A slot can never be held twice: a hundred residents book the same slot at the same moment and
 * exactly one gets it. The guard is the database's exclusion constraint: two residents who both
 * passed the check in Java are stopped by it, and with it dropped both get the slot, so the test
 * can fail.
 */
class DoubleBookingTest extends IntegrationTest {

	@Autowired
	BookingService bookings;

	@Autowired
	SlotFinder slots;

	@Autowired
	CounselorRepository counselors;

	@Autowired
	CounselorHoursRepository hours;

	@Autowired
	PublicHolidayRepository holidays;

	@Autowired
	TopicRepository topics;

	@Autowired
	BookingRepository bookingRepository;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHundredResidentsOnOneSlotMakeExactlyOneBooking() throws Exception {
		var setup = counselorWithMorningHours();

		var outcome = rush(setup, residents(100));

		assertThat(outcome.booked()).isEqualTo(1);
		assertThat(outcome.refused()).isEqualTo(99);
		assertThat(heldBookings(setup.counselorId())).isEqualTo(1);
	}

	/**
	 * Two residents who both find the slot free before either has saved: the check in Java lets
	 * both through, so only the database can stop the second. With the constraint it does; with it
	 * dropped, the slot is booked twice. Each step is held at a barrier, so this does not depend
	 * on how the threads happen to be scheduled.
	 */
	@Test
	void checkingInJavaAloneLetsTwoRacersThroughAndOnlyTheConstraintStopsThem() throws Exception {
		var setup = counselorWithMorningHours();
		var people = residents(4);

		assertThat(race(setup, setup.slot(), people.get(0), people.get(1))).isEqualTo(1);

		var next = slots.find(setup.topicId(), setup.counselorId(), setup.slot().startsAt().plusSeconds(40 * 60))
				.orElseThrow();
		jdbc.sql("alter table consultation_booking drop constraint " + BookingService.NO_DOUBLE_BOOKING).update();
		try {
			assertThat(race(setup, next, people.get(2), people.get(3))).isEqualTo(2);
		}
		finally {
			// Put the guard back: first the double booking this test made, which it would refuse.
			jdbc.sql("update consultation_booking set status = 'CANCELLED', cancelled_at = now() where counselor_id = ?")
					.param(setup.counselorId()).update();
			jdbc.sql("""
					alter table consultation_booking add constraint consultation_booking_no_double
					    exclude using gist (counselor_id with =, tstzrange(starts_at, held_until, '[)') with &&)
					    where (status <> 'CANCELLED')""").update();
		}
	}

	/** Both find the slot free, wait for each other, then both save: how many bookings were made. */
	private int race(Setup setup, FreeSlots.Slot slot, long first, long second) throws Exception {
		var rules = topics.findById(setup.topicId()).orElseThrow().rules();
		var bothChecked = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var results = new ArrayList<java.util.concurrent.Future<Integer>>();
			for (long person : List.of(first, second)) {
				results.add(pool.submit(() -> {
					try {
						return transactions.execute(status -> {
							slots.find(setup.topicId(), setup.counselorId(), slot.startsAt()).orElseThrow();
							await(bothChecked);
							bookingRepository.saveAndFlush(new Booking(slot, setup.topicId(), rules,
									Booking.Who.resident(person), "同時に予約"));
							return 1;
						});
					}
					catch (DataIntegrityViolationException refused) {
						return 0;
					}
				}));
			}
			int made = 0;
			for (var result : results) {
				made += result.get(60, TimeUnit.SECONDS);
			}
			return made;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aTamperedOrPastSlotIsRefusedAndChangesNothing() {
		var setup = counselorWithMorningHours();
		long resident = residents(1).get(0);
		var slot = setup.slot();

		assertRefused(() -> bookings.book(setup.topicId(), setup.counselorId(), slot.startsAt().plusSeconds(60), resident, "x"),
				"consultation.refused.slotNotFree");
		assertRefused(() -> bookings.book(setup.topicId(), setup.counselorId() + 100_000, slot.startsAt(), resident, "x"),
				"consultation.refused.slotNotFree");
		assertRefused(() -> bookings.book(setup.topicId(), setup.counselorId(),
				java.time.Instant.parse("2020-01-07T01:00:00Z"), resident, "x"), "consultation.refused.slotNotFree");
		assertThat(heldBookings(setup.counselorId())).isZero();
	}

	private void assertRefused(Runnable action, String key) {
		try {
			action.run();
			throw new AssertionError("not refused");
		}
		catch (BookingRefused refused) {
			assertThat(refused.messageKey()).isEqualTo(key);
		}
	}

	record Setup(long topicId, long counselorId, FreeSlots.Slot slot) {
	}

	record Outcome(int booked, int refused) {
	}

	private Setup counselorWithMorningHours() {
		long topic = jdbc.sql("select id from consultation_topic where code = 'learning'").query(Long.class).single();
		long account = accounts.create(Set.of(Role.COUNSELOR)).id();
		long counselor = counselors.save(new Counselor(account, "相談員 " + System.nanoTime(), Set.of(topic))).getId();
		// A week ahead, or the first day after it that is not a public holiday (closed unless staff open it).
		LocalDate day = LocalDate.now(FreeSlots.ZONE).plusDays(7);
		while (holidays.existsById(day)) {
			day = day.plusDays(1);
		}
		hours.save(new CounselorHours(counselor, day.getDayOfWeek(), LocalTime.of(10, 0), LocalTime.of(12, 0),
				Channel.COUNTER, "としま区民センター"));
		var free = slots.free(topic, day, day, EnumSet.allOf(Channel.class)).stream()
				.filter(s -> s.counselorId() == counselor).toList();
		assertThat(free).extracting(s -> s.start().toString()).containsExactly("10:00", "10:40", "11:20");
		return new Setup(topic, counselor, free.get(0));
	}

	private Outcome rush(Setup setup, List<Long> people) throws InterruptedException {
		var start = new CountDownLatch(1);
		var booked = new AtomicInteger();
		var refused = new AtomicInteger();
		var unexpected = Collections.synchronizedList(new ArrayList<Throwable>());
		var pool = Executors.newFixedThreadPool(50);
		try {
			for (long person : people) {
				pool.submit(() -> {
					start.await();
					try {
						bookings.book(setup.topicId(), setup.counselorId(), setup.slot().startsAt(), person, "英会話を学びたい");
						booked.incrementAndGet();
					}
					catch (BookingRefused ex) {
						refused.incrementAndGet();
					}
					catch (RuntimeException ex) {
						unexpected.add(ex);
					}
					return null;
				});
			}
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(unexpected).isEmpty();
		return new Outcome(booked.get(), refused.get());
	}

	private long heldBookings(long counselorId) {
		return jdbc.sql("select count(*) from consultation_booking where counselor_id = ? and status <> 'CANCELLED'")
				.param(counselorId).query(Long.class).single();
	}

	/** Residents straight into the table: a hundred BCrypt hashes would take longer than the rush. */
	private List<Long> residents(int count) {
		String run = String.valueOf(System.nanoTime());
		var ids = jdbc.sql("""
				insert into account (email, password_hash, display_name, furigana, residency, preferred_language,
				                     email_verified_at, area_code)
				select 'booking-' || :run || '-' || g || '@test.manabi.example', '{noop}unused', '試験 相談者',
				       'しけん そうだんしゃ', 'LIVES', 'ja', now(), 'ikebukuro'
				from generate_series(1, :count) g
				returning id""").param("run", run).param("count", count).query(Long.class).list();
		jdbc.sql("insert into account_role (account_id, role) select id, 'RESIDENT' from account where email like :pattern")
				.param("pattern", "booking-" + run + "-%").update();
		return ids;
	}
}
