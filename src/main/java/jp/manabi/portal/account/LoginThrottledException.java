package jp.manabi.portal.account;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or address; try again after {@link #until()}. */
public class LoginThrottledException extends AuthenticationException {

	private final Instant until;

	public LoginThrottledException(Instant until) {
		super("login throttled");
		this.until = until;
	}

	public Instant until() {
		return until;
	}
}
