package jp.manabi.portal.course.domain;

import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Draws every published lottery course whose application window has closed, tells the people
 * drawn their results, and passes on the places of winners who did not confirm in time. On one
 * node at a time (ShedLock). Each course is its own transaction: a course that cannot be drawn is
 * logged, the others are still drawn, and it is tried again on the next run.
 */
@Component
public class LotteryJob {

	private static final Logger log = LoggerFactory.getLogger(LotteryJob.class);

	private final LotteryService lottery;
	private final int drawThreads;

	LotteryJob(LotteryService lottery, @Value("${portal.course.lottery.draw-threads:4}") int drawThreads) {
		this.lottery = lottery;
		this.drawThreads = Math.max(1, drawThreads);
	}

	/** What one run did. */
	public record Run(int drawn, int told, int failed, int offersExpired) {
	}

	/** What one step did: how many courses (or people, or offers) and how many courses failed. */
	public record Step(int done, int failed) {
	}

	@Scheduled(fixedDelayString = "${portal.course.lottery.check-every:5m}",
			initialDelayString = "${portal.course.lottery.check-every:5m}")
	@SchedulerLock(name = "course-lottery", lockAtMostFor = "PT30M")
	public void scheduled() {
		run();
	}

	/** The scheduled run: draw, then tell, then expire late offers. */
	public Run run() {
		var drawn = drawDue();
		// Everyone is told after all courses are drawn: thousands of mails must not hold up the draws.
		var told = tellUntold();
		var expired = expireOffers();
		int failed = drawn.failed() + told.failed() + expired.failed();
		if (drawn.done() > 0 || told.done() > 0 || expired.done() > 0 || failed > 0) {
			log.info("Lottery job: {} courses drawn, {} people told, {} offers expired, {} failures", drawn.done(),
					told.done(), expired.done(), failed);
		}
		return new Run(drawn.done(), told.done(), failed, expired.done());
	}

	/**
	 * Draws every published lottery course whose window has closed and that has no draw yet, a
	 * few courses at a time ({@code portal.course.lottery.draw-threads}): each waits on the
	 * database most of the time, and each has its own row lock and transaction.
	 */
	public Step drawDue() {
		var due = lottery.coursesToDraw();
		if (due.isEmpty()) {
			return new Step(0, 0);
		}
		var sequence = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(drawThreads, due.size()), task -> {
			var thread = new Thread(task, "lottery-draw-" + sequence.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			var results = new ArrayList<Future<Integer>>();
			for (long courseId : due) {
				results.add(pool.submit(() -> drawOne(courseId)));
			}
			int drawn = 0;
			int failed = 0;
			for (var result : results) {
				int outcome = result.get();
				drawn += outcome > 0 ? 1 : 0;
				failed += outcome < 0 ? 1 : 0;
			}
			return new Step(drawn, failed);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while drawing", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("a draw failed outside its own handling", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** 1: drawn; 0: not to be drawn after all; -1: failed (logged, tried again next run). */
	private int drawOne(long courseId) {
		try {
			var outcome = lottery.draw(courseId, null);
			log.debug("Lottery drawn for course {}: {} entries, {} winners", courseId, outcome.entries(),
					outcome.winners());
			return 1;
		}
		catch (LotteryRefused refused) {
			// Drawn by hand in the meantime, or changed: nothing to do.
			log.info("Lottery for course {} not drawn: {}", courseId, refused.messageKey());
			return 0;
		}
		catch (RuntimeException ex) {
			log.error("Lottery for course {} failed; the other courses are drawn, this one is tried again next run",
					courseId, ex);
			return -1;
		}
	}

	/** Tells the people of every draw not told yet; returns how many people were told. */
	public Step tellUntold() {
		int told = 0;
		int failed = 0;
		for (long courseId : lottery.untoldDraws()) {
			try {
				told += lottery.tellResults(courseId);
			}
			catch (RuntimeException ex) {
				failed++;
				log.error("Telling the lottery results of course {} failed; tried again next run", courseId, ex);
			}
		}
		return new Step(told, failed);
	}

	/** Cancels offers not confirmed by their deadline and promotes the waiting lists. */
	public Step expireOffers() {
		int expired = 0;
		int failed = 0;
		for (long courseId : lottery.coursesWithExpiredOffers()) {
			try {
				expired += lottery.expireOffers(courseId);
			}
			catch (RuntimeException ex) {
				failed++;
				log.error("Expiring lottery offers of course {} failed", courseId, ex);
			}
		}
		return new Step(expired, failed);
	}
}
