package jp.manabi.portal.account.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;

/**
 * A login halfway: the password was right, the second factor (or, for staff without one, the
 * enrolment) is still to come. Kept in the session instead of the security context, so until
 * then the person is as anonymous as before and can reach only the two-factor pages.
 */
record PendingLogin(Authentication authentication, long accountId, String email, String address,
		Instant startedAt, boolean mustEnrol) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String SESSION_KEY = PendingLogin.class.getName();

	/** Long enough to find the phone and type the code; after that, the password again. */
	static final Duration LIFETIME = Duration.ofMinutes(10);

	static PendingLogin in(HttpServletRequest request, Instant now) {
		var session = request.getSession(false);
		if (session == null || !(session.getAttribute(SESSION_KEY) instanceof PendingLogin pending)) {
			return null;
		}
		if (pending.startedAt().plus(LIFETIME).isBefore(now)) {
			session.removeAttribute(SESSION_KEY);
			return null;
		}
		return pending;
	}
}
