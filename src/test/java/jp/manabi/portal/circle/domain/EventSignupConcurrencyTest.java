package jp.manabi.portal.circle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.IntegrationTest;

/**
 * However many residents sign up at once, an event never has more confirmed sign-ups than places;
 * the rest are told it is full. Without the activity's row lock the same rush oversells, which
 * shows the test can fail.
 */
class EventSignupConcurrencyTest extends IntegrationTest {

	@Autowired
	EventSignupService signups;

	@Autowired
	EventSignupRepository repository;

	@Autowired
	EventSignupLock lock;

	@Autowired
	ActivityTestCircles circles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHundredResidentsAtOnceForTwentyPlacesGiveExactlyTwentyAndTheRestAreToldItIsFull() throws Exception {
		var event = event(20);
		var refusals = rush(event, residents(100));

		assertThat(repository.countByActivityIdAndStatus(event.activityId(), EventSignupStatus.CONFIRMED))
				.isEqualTo(20);
		assertThat(refusals).hasSize(80).allSatisfy(message -> assertThat(message).isEqualTo("circle.event.refused.full"));
	}

	@Test
	void withoutTheLockTheSameRushOversellsTheEvent() throws Exception {
		var event = event(20);
		lock.enable(false);
		try {
			rush(event, residents(100));
		}
		finally {
			lock.enable(true);
		}
		assertThat(repository.countByActivityIdAndStatus(event.activityId(), EventSignupStatus.CONFIRMED))
				.as("the lock is what keeps the count at 20").isGreaterThan(20);
	}

	record Event(long circleId, long activityId) {
	}

	private Event event(int capacity) {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "同時申込みの会 " + System.nanoTime());
		long activity = circles.activity(circle, leader.id(), ActivityKind.EVENT,
				LocalDate.now(CircleActivity.ZONE).plusWeeks(2), capacity, true);
		return new Event(circle, activity);
	}

	/** Everyone at once; returns the refusals' message keys. */
	private List<String> rush(Event event, List<Long> people) throws InterruptedException {
		var start = new CountDownLatch(1);
		var refusals = Collections.synchronizedList(new ArrayList<String>());
		var unexpected = Collections.synchronizedList(new ArrayList<Throwable>());
		var pool = Executors.newFixedThreadPool(50);
		try {
			for (long person : people) {
				pool.submit(() -> {
					start.await();
					try {
						signups.signUp(event.circleId(), event.activityId(), person);
					}
					catch (EventSignupRefused refused) {
						refusals.add(refused.messageKey());
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
		return refusals;
	}

	/** Residents straight into the table: 100 BCrypt hashes would take longer than the rush. */
	private List<Long> residents(int count) {
		String run = String.valueOf(System.nanoTime());
		var ids = jdbc.sql("""
				insert into account (email, password_hash, display_name, furigana, residency, preferred_language,
				                     email_verified_at, area_code)
				select 'event-rush-' || :run || '-' || g || '@test.manabi.example', '{noop}unused', '試験 利用者',
				       'しけん りようしゃ', 'LIVES', 'ja', now(), 'ikebukuro'
				from generate_series(1, :count) g
				returning id""").param("run", run).param("count", count).query(Long.class).list();
		jdbc.sql("insert into account_role (account_id, role) select id, 'RESIDENT' from account where email like :pattern")
				.param("pattern", "event-rush-" + run + "-%").update();
		return ids.stream().sorted().toList();
	}
}
