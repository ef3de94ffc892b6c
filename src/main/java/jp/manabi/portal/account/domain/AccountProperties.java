package jp.manabi.portal.account.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the account module.
 *
 * @param verificationLinkValidity how long an email-verification link works
 * @param resetLinkValidity how long a password-reset link works
 * @param staffInvitationValidity how long the set-password link of a new staff account works
 * @param throttle login throttling per account and per address
 * @param firstAdministrator the administrator created on a first production start
 */
@ConfigurationProperties("portal.account")
public record AccountProperties(
		@DefaultValue("24h") Duration verificationLinkValidity,
		@DefaultValue("30m") Duration resetLinkValidity,
		@DefaultValue("72h") Duration staffInvitationValidity,
		@DefaultValue Throttle throttle,
		@DefaultValue FirstAdministrator firstAdministrator) {

	/**
	 * After {@code slowAfter} failures within {@code window}, each further failure makes the
	 * key wait {@code delay} (doubling); after {@code lockAfter} failures it is locked for
	 * {@code lockDuration}. Addresses get {@code addressFactor} times more room, because
	 * many residents can share one address (a library, a school).
	 */
	public record Throttle(
			@DefaultValue("15m") Duration window,
			@DefaultValue("3") int slowAfter,
			@DefaultValue("10s") Duration delay,
			@DefaultValue("5") int lockAfter,
			@DefaultValue("15m") Duration lockDuration,
			@DefaultValue("5") int addressFactor) {
	}

	public record FirstAdministrator(String email, String password, @DefaultValue("管理者") String name) {

		public boolean isGiven() {
			return email != null && !email.isBlank() && password != null && !password.isBlank();
		}
	}
}
