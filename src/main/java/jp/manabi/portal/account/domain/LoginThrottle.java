package jp.manabi.portal.account.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then locks repeated failed logins, per account and per address. Kept in
 * PostgreSQL so that every app node sees the same counts.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;
	private final AccountProperties.Throttle settings;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, AccountProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.throttle();
		this.clock = clock;
	}

	/** The moment until which a login for this email or address is refused, if any. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String email, String address) {
		return jdbc.sql("""
				select max(locked_until) from login_throttle
				where throttle_key in (:account, :address) and locked_until > :now""")
				.param("account", accountKey(email)).param("address", addressKey(address)).param("now", now())
				.query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
	}

	/** @return until when further logins now wait, if this failure started a wait */
	@Transactional
	public Optional<Instant> recordFailure(String email, String address) {
		var accountWait = fail(accountKey(email), 1);
		var addressWait = address == null ? Optional.<Instant>empty() : fail(addressKey(address), settings.addressFactor());
		if (accountWait.isPresent() && addressWait.isPresent()) {
			return Optional.of(accountWait.get().isAfter(addressWait.get()) ? accountWait.get() : addressWait.get());
		}
		return accountWait.isPresent() ? accountWait : addressWait;
	}

	/** A good login forgives the account's earlier failures, but not the address's. */
	@Transactional
	public void recordSuccess(String email) {
		jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", accountKey(email)).update();
	}

	private Optional<Instant> fail(String key, int factor) {
		var now = now();
		int failures = jdbc.sql("""
				insert into login_throttle (throttle_key, failures, last_failure_at) values (:key, 1, :now)
				on conflict (throttle_key) do update set
				  failures = case when login_throttle.last_failure_at < :windowStart then 1
				                  else login_throttle.failures + 1 end,
				  last_failure_at = :now
				returning failures""")
				.param("key", key).param("now", now).param("windowStart", now.minus(settings.window()))
				.query(Integer.class).single();
		var until = wait(failures, factor).map(wait -> now.plus(wait));
		until.ifPresent(moment -> jdbc.sql("update login_throttle set locked_until = :until where throttle_key = :key")
				.param("until", moment).param("key", key).update());
		return until.map(OffsetDateTime::toInstant);
	}

	/** No wait at first, then a doubling delay, then the lock. */
	Optional<Duration> wait(int failures, int factor) {
		if (failures >= settings.lockAfter() * factor) {
			return Optional.of(settings.lockDuration());
		}
		int slowAfter = settings.slowAfter() * factor;
		if (failures >= slowAfter) {
			var delay = settings.delay().multipliedBy(1L << Math.min(failures - slowAfter, 10));
			return Optional.of(delay.compareTo(settings.lockDuration()) < 0 ? delay : settings.lockDuration());
		}
		return Optional.empty();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static String accountKey(String email) {
		return "account:" + Account.normalizeEmail(email);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}
}
