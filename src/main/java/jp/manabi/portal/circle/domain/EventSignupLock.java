package jp.manabi.portal.circle.domain;

import org.springframework.stereotype.Component;

/**
 * Whether taking a place at an event locks the activity row first. Always on; the concurrency
 * test turns it off for one run to show that without it an event is oversold, so the test can
 * fail.
 */
@Component
public class EventSignupLock {

	private volatile boolean enabled = true;

	boolean enabled() {
		return enabled;
	}

	/** For the concurrency test only. */
	void enable(boolean on) {
		this.enabled = on;
	}

	/** Widens the gap between counting and taking when the lock is off (the test), so it oversells every time. */
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
