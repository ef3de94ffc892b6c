package jp.manabi.portal.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits on the POSTs that create something or send mail (see docs/security.md).
 *
 * @param enabled off only for load tests from one address
 * @param store where the buckets live: {@code database} (shared by every node) or {@code memory}
 *        (this node only; a single node or development)
 * @param cleanEvery how often buckets that are full again are deleted from the database
 * @param rules by name: which paths, and the limit per account and per address
 */
@ConfigurationProperties("portal.rate-limit")
public record RateLimitProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("database") Store store,
		@DefaultValue("10m") Duration cleanEvery,
		Map<String, Rule> rules) {

	public RateLimitProperties {
		rules = rules == null ? Map.of() : Map.copyOf(rules);
	}

	public enum Store {
		DATABASE, MEMORY
	}

	/**
	 * @param paths path patterns ({@code /courses/*}/apply); only POSTs to them count
	 * @param perAccount the signed-in account's limit; on pages without sign-in, the limit per
	 *        value of {@code accountParameter} (the e-mail address a reset is asked for)
	 * @param accountParameter the form field that names the account when nobody is signed in
	 * @param perAddress the limit per client IP address (everyone behind one NAT shares it)
	 */
	public record Rule(List<String> paths, Limit perAccount, String accountParameter, Limit perAddress) {

		public Rule {
			paths = paths == null ? List.of() : List.copyOf(paths);
		}
	}

	/** {@code capacity} requests at once, refilled evenly: {@code capacity} per {@code period}. */
	public record Limit(int capacity, Duration period) {
	}
}
