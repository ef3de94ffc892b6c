package jp.manabi.portal.config;

import java.time.Duration;

/** A rate limit refused the request; nothing of it was done. */
class RateLimitExceeded extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String rule;
	private final transient Duration retryAfter;

	RateLimitExceeded(String rule, Duration retryAfter) {
		super("rate limit " + rule + ", retry after " + retryAfter, null, false, false);
		this.rule = rule;
		this.retryAfter = retryAfter;
	}

	String rule() {
		return rule;
	}

	Duration retryAfter() {
		return retryAfter;
	}
}
