package jp.manabi.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;

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
 * SMTP is back and the retry has run, each arrives exactly once. And several nodes starting the
 * retry at the same moment still send each mail once: the retry runs under the shared ShedLock
 * lock {@code mail-retry}, so one node at a time reads the failed publications and claims them.
 *
 * <p>Why the lock matters: Spring Modulith 2.1.1's claim ({@code status <> 'RESUBMITTED'}) also
 * matches a publication another node has just claimed and already moved on to PROCESSING, so two
 * retries running truly in parallel without the lock can send a mail twice (seen in this test's
 * first version). See docs/operations.md.
 *
 * <p>The test holds the retry job's lock while SMTP is down, so the job the test profile runs
 * every second stays out of the way until the test runs the retry itself. SMTP is started again in
 * {@code finally}: the context is shared.
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
	MailProperties properties;

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
	void nodesRetryingAtTheSameMomentSendEachMailOnce() throws Exception {
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
		}
		finally {
			lock.unlock();
		}

		// Two more "nodes" start their retry at the same moment, each as its scheduler does: the job
		// (a FailedMailRetry of its own) under the shared lock "mail-retry", each with its own lock
		// executor. The app's own scheduled retry (every second here) is a third.
		var start = new CountDownLatch(1);
		var ran = new java.util.concurrent.atomic.AtomicInteger();
		var errors = Collections.synchronizedList(new ArrayList<Throwable>());
		var pool = Executors.newFixedThreadPool(2);
		try {
			for (int node = 0; node < 2; node++) {
				var job = new FailedMailRetry(failed, properties);
				var executor = new DefaultLockingTaskExecutor(locks);
				pool.submit(() -> {
					try {
						start.await();
						executor.executeWithLock((Runnable) () -> {
							ran.incrementAndGet();
							job.retry();
						}, new LockConfiguration(Instant.now(), "mail-retry", Duration.ofMinutes(5), Duration.ZERO));
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

		for (var person : people) {
			Mails.awaitText(greenMail, person.email(), 1);
		}
		// More retry cycles on every "node": still once each.
		for (int round = 0; round < 3; round++) {
			new DefaultLockingTaskExecutor(locks).executeWithLock((Runnable) () -> new FailedMailRetry(failed, properties).retry(),
					new LockConfiguration(Instant.now(), "mail-retry", Duration.ofMinutes(5), Duration.ZERO));
			Thread.sleep(700);
		}
		for (var person : people) {
			assertThat(Mails.countTo(greenMail, person.email())).as(person.email()).isEqualTo(1);
		}
		assertThat(incomplete(applicationIds)).isZero();
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
