package jp.manabi.portal.course.domain;

import org.springframework.stereotype.Component;

/**
 * Whether taking a first-come place locks the course row first. Always on; the concurrency test
 * turns it off for one run to show that without it a course is oversold, so the test can fail.
 */
@Component
public class SeatLock {

	private volatile boolean enabled = true;

	boolean enabled() {
		return enabled;
	}

	/** For the concurrency test only. */
	void enable(boolean on) {
		this.enabled = on;
	}

	/**
	 * Between counting the places and taking one. With the lock on this does nothing; with it off
	 * (the test) it widens the gap a real rush has anyway, so the unguarded run oversells every
	 * time instead of only usually.
	 */
	void betweenCountAndTake() {
		if (!enabled) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
