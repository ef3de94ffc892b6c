package jp.manabi.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;

/**
 * SMTP stops for a while: the mails of that time wait as incomplete event publications and, once
 * SMTP is back and the retry has run, each arrives exactly once. And two nodes retrying at the
 * same moment (without the scheduler lock, the worst case) still send each mail once: the
 * registry claims a failed publication (FAILED to RESUBMITTED) before it resends it, and only one
 * claim can win.
 *
 * <p>The test holds the retry job's lock ({@code mail-retry}) while SMTP is down, so the job the
 * test profile runs every second stays out of the way until the test runs the retry itself.
 * SMTP is started again in {@code finally}: the context is shared.
 */
class MailOutageTest extends IntegrationTest {

	@Autowired
	CourseService courses;

	@Autowired
	CourseApplicationService applications;

	@Autowired
	FailedMailRetry retry;

	@Autowired
	FailedEventPublications failed;

	@Autowired
	LockProvider locks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mailsOfAnSmtpOutageArriveExactlyOnceAfterTheRetry() throws Exception {
		var people = residents(3);
		long course = course();
		var applicationIds = new ArrayList<Long>();
		var lock = holdRetryLock();
		try {
			greenMail.stop();
			try {
				for (var person : people) {
					applicationIds.add(applications.applyFirstCome(course, person.id()).applicationId());
				}
				awaitFailed(applicationIds);
				// Down a while longer: still nothing sent, still waiting.
				Thread.sleep(1500);
				for (var person : people) {
					assertThat(Mails.countTo(greenMail, person.email())).isZero();
				}
				assertThat(incomplete(applicationIds)).isEqualTo(applicationIds.size());
			}
			finally {
				restartSmtp();
			}
		}
		finally {
			lock.unlock();
		}

		retry.retry();

		for (var person : people) {
			assertThat(Mails.awaitText(greenMail, person.email(), 1)).contains("申込み");
		}
		// The scheduled retry keeps running every second: nothing is sent a second time.
		Thread.sleep(3000);
		for (var person : people) {
			assertThat(Mails.countTo(greenMail, person.email())).as(person.email()).isEqualTo(1);
		}
		assertThat(incomplete(applicationIds)).isZero();
	}

	@Test
	void twoNodesRetryingAtTheSameMomentSendEachMailOnce() throws Exception {
		var people = residents(6);
		long course = course();
		var applicationIds = new ArrayList<Long>();
		var lock = holdRetryLock();
		try {
			greenMail.stop();
			try {
				for (var person : people) {
					applicationIds.add(applications.applyFirstCome(course, person.id()).applicationId());
				}
				awaitFailed(applicationIds);
			}
			finally {
				restartSmtp();
			}

			// Two "nodes" resubmit at once, each as its retry job would, but without the lock. Both
			// read the failed publications before either claims one (the barrier in the filter, which
			// runs per publication just before its claim), so both try to resend every mail.
			var start = new CountDownLatch(1);
			var bothHaveRead = new CyclicBarrier(2);
			var seen = List.of(Collections.synchronizedSet(new HashSet<Object>()),
					Collections.synchronizedSet(new HashSet<Object>()));
			var errors = Collections.synchronizedList(new ArrayList<Throwable>());
			var pool = Executors.newFixedThreadPool(2);
			try {
				for (int node = 0; node < 2; node++) {
					var mine = seen.get(node);
					pool.submit(() -> {
						try {
							start.await();
							failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> {
								if (mine.isEmpty()) {
									awaitQuietly(bothHaveRead);
								}
								mine.add(publication.getIdentifier());
								return true;
							}));
						}
						catch (Throwable ex) {
							errors.add(ex);
						}
					});
				}
				start.countDown();
				pool.shutdown();
				assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(errors).isEmpty();
			assertThat(seen.get(0)).as("both nodes went for the same publications").hasSizeGreaterThanOrEqualTo(
					applicationIds.size()).isEqualTo(seen.get(1));

			for (var person : people) {
				Mails.awaitText(greenMail, person.email(), 1);
			}
			Thread.sleep(2000);
			for (var person : people) {
				assertThat(Mails.countTo(greenMail, person.email())).as(person.email()).isEqualTo(1);
			}
			assertThat(incomplete(applicationIds)).isZero();
		}
		finally {
			lock.unlock();
		}
	}

	private static void awaitQuietly(CyclicBarrier barrier) {
		try {
			barrier.await(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			// The other node found nothing to resend: the assertions on what each saw tell.
		}
	}

	private SimpleLock holdRetryLock() throws InterruptedException {
		// The scheduled job may hold it for a moment; wait for our turn.
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			var lock = locks.lock(new LockConfiguration(Instant.now(), "mail-retry", Duration.ofMinutes(2), Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("could not take the mail-retry lock");
	}

	private void restartSmtp() {
		if (!greenMail.isRunning()) {
			greenMail.start();
		}
	}

	/** Waits until every application's mail publication has failed (and so waits for a retry). */
	private void awaitFailed(List<Long> applicationIds) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			if (withStatus(applicationIds, "FAILED") == applicationIds.size()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the mail publications did not fail: " + withStatus(applicationIds, "FAILED"));
	}

	private long withStatus(List<Long> applicationIds, String status) {
		return applicationIds.stream().filter(id -> jdbc.sql("""
				select count(*) from event_publication
				where listener_id like '%ApplicationMailListener%' and serialized_event like :event and status = :status""")
				.param("event", "%\"applicationId\":" + id + ",%").param("status", status).query(Long.class).single() > 0)
				.count();
	}

	private long incomplete(List<Long> applicationIds) {
		return applicationIds.stream().filter(id -> jdbc.sql("""
				select count(*) from event_publication
				where listener_id like '%ApplicationMailListener%' and serialized_event like :event
				  and completion_date is null""")
				.param("event", "%\"applicationId\":" + id + ",%").query(Long.class).single() > 0).count();
	}

	private List<jp.manabi.portal.support.TestAccounts.Created> residents(int count) {
		var created = new ArrayList<jp.manabi.portal.support.TestAccounts.Created>();
		for (int i = 0; i < count; i++) {
			created.add(accounts.resident());
		}
		return created;
	}

	private long course() {
		var now = Instant.now();
		var first = LocalDate.now(Course.ZONE).plusWeeks(3);
		long id = courses.create(new CourseDetails("メール障害の講座 " + System.nanoTime(), null, "先着順の講座です。", null,
				"", "it", OrganizerType.DEPARTMENT, "学習・スポーツ課", null, true, 20, 0, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(7)), SelectionMethod.FIRST_COME, Eligibility.ANYONE, null, null, false, null,
				null, null, false, false, EnumSet.of(Audience.EVERYONE)),
				List.of(new SessionTime(first, LocalTime.of(10, 0), LocalTime.of(12, 0))));
		courses.publish(id);
		return id;
	}
}
