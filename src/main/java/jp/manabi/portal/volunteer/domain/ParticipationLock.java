package jp.manabi.portal.volunteer.domain;

import org.springframework.stereotype.Component;

/**
 * Whether taking a place on a shift locks the shift row first. Always on; the concurrency test
 * turns it off for one run to show that without it a shift gets more volunteers than it needs,
 * so the test can fail.
 */
@Component
public class ParticipationLock {

	private volatile boolean enabled = true;

	boolean enabled() {
		return enabled;
	}

	/** For the concurrency test only. */
	void enable(boolean on) {
		this.enabled = on;
	}

	/** Widens the gap between counting and taking when the lock is off (the test), so it overfills every time. */
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
