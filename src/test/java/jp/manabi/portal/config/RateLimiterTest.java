package jp.manabi.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jp.manabi.portal.config.RateLimitProperties.Limit;
import jp.manabi.portal.config.RateLimitProperties.Rule;

/**
 * The limiter with tiny limits and a clock the test moves: per account, per address, refill,
 * and the interceptor's choice of key (signed-in account, the e-mail a form names, the address).
 */
class RateLimiterTest {

	/** A clock that stands still until the test moves it. */
	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-04-01T00:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	private final MovableClock clock = new MovableClock();

	private final Map<String, Rule> rules = Map.of(
			"booking", new Rule(List.of("/consultations/{code}/book"), new Limit(2, Duration.ofMinutes(10)), null,
					new Limit(3, Duration.ofMinutes(30))),
			"reset", new Rule(List.of("/password/forgot"), new Limit(1, Duration.ofHours(1)), "email",
					new Limit(5, Duration.ofHours(1))));

	private final RateLimiter limiter = RateLimiter.inMemory(rules, clock);

	@Test
	void anAccountGetsItsCapacityThenWaitsForTheRefill() {
		assertThat(limiter.tryAcquire("booking", "1", "10.0.0.1").allowed()).isTrue();
		assertThat(limiter.tryAcquire("booking", "1", "10.0.0.1").allowed()).isTrue();

		var refused = limiter.tryAcquire("booking", "1", "10.0.0.1");
		assertThat(refused.allowed()).isFalse();
		// Two per ten minutes, refilled evenly: one token every five minutes.
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(5));

		clock.advance(Duration.ofMinutes(4));
		assertThat(limiter.tryAcquire("booking", "1", "10.0.0.1").retryAfter()).isEqualTo(Duration.ofMinutes(1));
		clock.advance(Duration.ofMinutes(1));
		assertThat(limiter.tryAcquire("booking", "1", "10.0.0.1").allowed()).isTrue();
	}

	@Test
	void anotherAccountIsNotHeldUpButTheSharedAddressIs() {
		limiter.tryAcquire("booking", "1", "10.0.0.2");
		limiter.tryAcquire("booking", "1", "10.0.0.2");
		assertThat(limiter.tryAcquire("booking", "1", "10.0.0.2").allowed()).isFalse();

		// Account 2 from the same address: its own bucket has room; the address's third token is its.
		assertThat(limiter.tryAcquire("booking", "2", "10.0.0.2").allowed()).isTrue();
		// Account 3 from the same address: the address has used its three.
		var refused = limiter.tryAcquire("booking", "3", "10.0.0.2");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(10));
		// Elsewhere, account 3 is fine.
		assertThat(limiter.tryAcquire("booking", "3", "10.0.0.3").allowed()).isTrue();
	}

	@Test
	void rulesAreIndependentAndUnknownRulesAreAMistake() {
		limiter.tryAcquire("booking", "1", "10.0.0.4");
		limiter.tryAcquire("booking", "1", "10.0.0.4");
		assertThat(limiter.tryAcquire("reset", "1", "10.0.0.4").allowed()).isTrue();
		assertThatThrownBy(() -> limiter.tryAcquire("nonsense", "1", "10.0.0.4"))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theInterceptorLimitsOnlyPostsToItsRoutesKeyedByTheNamedAddressAndTheClientAddress() {
		var interceptor = new RateLimitInterceptor(limiter);
		// A GET of the form is never counted.
		for (int i = 0; i < 5; i++) {
			assertThat(interceptor.preHandle(request("GET", "/password/forgot", "a@example.jp", "10.1.0.1"),
					new MockHttpServletResponse(), null)).isTrue();
		}
		assertThat(interceptor.preHandle(request("POST", "/password/forgot", "a@example.jp", "10.1.0.1"),
				new MockHttpServletResponse(), null)).isTrue();
		// The same e-mail again, even in other letters and from elsewhere: one per hour.
		assertThatThrownBy(() -> interceptor.preHandle(request("POST", "/password/forgot", " A@Example.jp", "10.1.0.2"),
				new MockHttpServletResponse(), null))
				.isInstanceOfSatisfying(RateLimitExceeded.class, ex -> {
					assertThat(ex.rule()).isEqualTo("reset");
					assertThat(ex.retryAfter()).isEqualTo(Duration.ofHours(1));
				});
		// One address asking for many e-mails: five, then the address is refused.
		for (int i = 0; i < 5; i++) {
			assertThat(interceptor.preHandle(request("POST", "/password/forgot", "p" + i + "@example.jp", "10.1.0.3"),
					new MockHttpServletResponse(), null)).isTrue();
		}
		assertThatThrownBy(() -> interceptor.preHandle(request("POST", "/password/forgot", "p9@example.jp", "10.1.0.3"),
				new MockHttpServletResponse(), null)).isInstanceOf(RateLimitExceeded.class);
		// Other paths are not limited.
		for (int i = 0; i < 10; i++) {
			assertThat(interceptor.preHandle(request("POST", "/password/reset", "p9@example.jp", "10.1.0.3"),
					new MockHttpServletResponse(), null)).isTrue();
		}
		// A path pattern with a variable.
		interceptor.preHandle(request("POST", "/consultations/career/book", null, "10.1.0.4"), new MockHttpServletResponse(), null);
		interceptor.preHandle(request("POST", "/consultations/legal/book", null, "10.1.0.4"), new MockHttpServletResponse(), null);
		interceptor.preHandle(request("POST", "/consultations/legal/book", null, "10.1.0.4"), new MockHttpServletResponse(), null);
		assertThatThrownBy(() -> interceptor.preHandle(request("POST", "/consultations/career/book", null, "10.1.0.4"),
				new MockHttpServletResponse(), null)).isInstanceOf(RateLimitExceeded.class);
	}

	private static MockHttpServletRequest request(String method, String path, String email, String address) {
		var request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(address);
		if (email != null) {
			request.setParameter("email", email);
		}
		return request;
	}
}
