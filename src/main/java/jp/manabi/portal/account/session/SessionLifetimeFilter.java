package jp.manabi.portal.account.session;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.manabi.portal.account.CurrentUser;

/**
 * The absolute lifetime of a signed-in session, and what the session list shows about it.
 *
 * <p>Runs before Spring Security (after Spring Session has found the session): a signed-in session
 * older than {@code portal.session.absolute-lifetime} — counted from its creation time, against the
 * portal's clock — is ended whatever its activity, and the person is sent to the login page with a
 * message. The idle timeout is Spring Session's own ({@code spring.session.timeout}).
 *
 * <p>It also writes the device (from the User-Agent), the address and the time of sign-in into a
 * signed-in session that does not have them yet, i.e. right after login, for マイページ's list of
 * sessions.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

	/** The login page's parameter for "your session ended, please sign in again". */
	static final String EXPIRED_PARAMETER = "sessionExpired";

	private static final int MAX_USER_AGENT = 300;

	private final Duration absoluteLifetime;
	private final Clock clock;

	SessionLifetimeFilter(Duration absoluteLifetime, Clock clock) {
		this.absoluteLifetime = absoluteLifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && signedIn(session)) {
			long age = clock.millis() - session.getCreationTime();
			if (age > absoluteLifetime.toMillis()) {
				session.invalidate();
				response.sendRedirect(request.getContextPath() + "/login?" + EXPIRED_PARAMETER);
				return;
			}
			describe(session, request);
		}
		chain.doFilter(request, response);
		// The login request itself: the session holds the new sign-in only now.
		session = request.getSession(false);
		if (session != null && signedIn(session)) {
			describe(session, request);
		}
	}

	private void describe(HttpSession session, HttpServletRequest request) {
		if (session.getAttribute(AccountSessions.SIGNED_IN_AT) != null) {
			return;
		}
		String userAgent = request.getHeader("User-Agent");
		if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
			userAgent = userAgent.substring(0, MAX_USER_AGENT);
		}
		String device = DeviceNames.describe(userAgent);
		if (device != null) {
			session.setAttribute(AccountSessions.DEVICE, device);
		}
		session.setAttribute(AccountSessions.ADDRESS, request.getRemoteAddr());
		session.setAttribute(AccountSessions.SIGNED_IN_AT, clock.instant());
	}

	private static boolean signedIn(HttpSession session) {
		try {
			return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
					instanceof SecurityContext context && context.getAuthentication() != null
					&& context.getAuthentication().getPrincipal() instanceof CurrentUser;
		}
		catch (IllegalStateException invalidated) {
			return false;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(SessionProperties properties,
				Clock clock) {
			var registration = new FilterRegistrationBean<>(
					new SessionLifetimeFilter(properties.absoluteLifetime(), clock));
			// After Spring Session's filter, before Spring Security's.
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
			return registration;
		}
	}
}
