package jp.manabi.portal.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import jp.manabi.portal.config.RateLimitProperties.Limit;
import jp.manabi.portal.config.RateLimitProperties.Rule;

/**
 * Token buckets (Bucket4j) per rule and account and per rule and address. A request is let
 * through when both its buckets have a token; otherwise the answer says how long until one
 * is back. Keys are hashed before they are stored, so the table holds no address or e-mail.
 */
public class RateLimiter {

	/** Let through, or refused with the time until the next token. */
	public record Verdict(boolean allowed, Duration retryAfter) {

		static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);
	}

	/** Where buckets live. */
	interface BucketStore {

		ConsumptionProbe tryConsume(String key, Supplier<BucketConfiguration> configuration);
	}

	private final Map<String, Rule> rules;
	private final BucketStore store;

	RateLimiter(Map<String, Rule> rules, BucketStore store) {
		this.rules = Map.copyOf(rules);
		this.store = store;
	}

	/** Buckets in this JVM only: one node, or tests. */
	public static RateLimiter inMemory(Map<String, Rule> rules, Clock clock) {
		return new RateLimiter(rules, new MemoryStore(clock));
	}

	/** Buckets in PostgreSQL (table rate_limit_bucket): the limits hold across every node. */
	public static RateLimiter inDatabase(Map<String, Rule> rules, DataSource dataSource, Clock clock) {
		return new RateLimiter(rules, new DatabaseStore(dataSource, clock));
	}

	public Map<String, Rule> rules() {
		return rules;
	}

	/**
	 * Takes one token for {@code rule} from the account's bucket (when an account is known) and
	 * from the address's bucket (when an address is known).
	 *
	 * @param account the account id, or the e-mail address a form names; null when neither
	 * @param address the client's IP address; null when unknown
	 */
	public Verdict tryAcquire(String ruleName, String account, String address) {
		var rule = rules.get(ruleName);
		if (rule == null) {
			throw new IllegalArgumentException("no rate limit rule " + ruleName);
		}
		if (rule.perAccount() != null && account != null && !account.isBlank()) {
			var verdict = take(ruleName + "|account|" + account.strip().toLowerCase(Locale.ROOT), rule.perAccount());
			if (!verdict.allowed()) {
				return verdict;
			}
		}
		if (rule.perAddress() != null && address != null && !address.isBlank()) {
			return take(ruleName + "|address|" + address, rule.perAddress());
		}
		return Verdict.ALLOWED;
	}

	private Verdict take(String key, Limit limit) {
		var probe = store.tryConsume(hash(key), () -> configuration(limit));
		if (probe.isConsumed()) {
			return Verdict.ALLOWED;
		}
		long nanos = Math.max(probe.getNanosToWaitForRefill(), 1);
		return new Verdict(false, Duration.ofNanos(nanos));
	}

	static BucketConfiguration configuration(Limit limit) {
		return BucketConfiguration.builder()
				.addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
				.build();
	}

	private static String hash(String key) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Bucket4j's time from the app's clock, so tests can move it. */
	static TimeMeter timeMeter(Clock clock) {
		return new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return Math.multiplyExact(clock.millis(), 1_000_000L);
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

	private static final class MemoryStore implements BucketStore {

		/** Beyond this many buckets the map starts again: a flood of addresses must not fill the heap. */
		private static final int MOST_BUCKETS = 100_000;

		private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
		private final TimeMeter time;

		MemoryStore(Clock clock) {
			this.time = timeMeter(clock);
		}

		@Override
		public ConsumptionProbe tryConsume(String key, Supplier<BucketConfiguration> configuration) {
			if (buckets.size() > MOST_BUCKETS) {
				buckets.clear();
			}
			var bucket = buckets.computeIfAbsent(key, k -> {
				var builder = Bucket.builder().withCustomTimePrecision(time);
				for (var bandwidth : configuration.get().getBandwidths()) {
					builder.addLimit(bandwidth);
				}
				return builder.build();
			});
			return bucket.tryConsumeAndReturnRemaining(1);
		}
	}

	static final class DatabaseStore implements BucketStore {

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

		DatabaseStore(DataSource dataSource, Clock clock) {
			this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
					.primaryKeyMapper(PrimaryKeyMapper.STRING)
					.table("rate_limit_bucket")
					.idColumn("id")
					.stateColumn("state")
					.expiresAtColumn("expires_at")
					.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
					.clientClock(timeMeter(clock))
					.build();
		}

		@Override
		public ConsumptionProbe tryConsume(String key, Supplier<BucketConfiguration> configuration) {
			return buckets.getProxy(key, configuration).tryConsumeAndReturnRemaining(1);
		}

		/** Deletes up to {@code batch} buckets that are full again; returns how many. */
		int removeExpired(int batch) {
			return buckets.removeExpired(batch);
		}
	}

	/** Deletes buckets that are full again (database store only); returns how many went. */
	int removeExpired() {
		if (!(store instanceof DatabaseStore database)) {
			return 0;
		}
		int total = 0;
		int removed;
		do {
			removed = database.removeExpired(1000);
			total += removed;
		}
		while (removed == 1000);
		return total;
	}
}
