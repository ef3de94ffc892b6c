package jp.manabi.portal.config;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jp.manabi.portal.account.CurrentUser;

/**
 * Asks the {@link RateLimiter} before a limited POST reaches its controller. Thin on purpose:
 * which paths, whose account and which address; the limiter decides. A refusal is thrown as
 * {@link RateLimitExceeded} and becomes the 429 page ({@link RateLimitAdvice}).
 */
class RateLimitInterceptor implements HandlerInterceptor {

	private record Route(String rule, PathPattern pattern, String accountParameter) {
	}

	private final RateLimiter limiter;
	private final List<Route> routes = new ArrayList<>();

	RateLimitInterceptor(RateLimiter limiter) {
		this.limiter = limiter;
		var parser = PathPatternParser.defaultInstance;
		limiter.rules().forEach((name, rule) -> rule.paths()
				.forEach(path -> routes.add(new Route(name, parser.parse(path), rule.accountParameter()))));
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"POST".equals(request.getMethod()) || request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST) {
			return true;
		}
		var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (var route : routes) {
			if (route.pattern().matches(path)) {
				var verdict = limiter.tryAcquire(route.rule(), account(request, route), request.getRemoteAddr());
				if (!verdict.allowed()) {
					throw new RateLimitExceeded(route.rule(), verdict.retryAfter());
				}
			}
		}
		return true;
	}

	/**
	 * The account the form names (the e-mail address a sign-up, reset or resend is for: that
	 * mailbox is what the limit protects, whoever is signed in); otherwise the signed-in account.
	 */
	private static String account(HttpServletRequest request, Route route) {
		if (route.accountParameter() != null) {
			String value = request.getParameter(route.accountParameter());
			// An absurdly long value is the form's problem, not a key.
			return value == null || value.length() > 320 ? null : "named:" + value.strip();
		}
		if (request.getUserPrincipal() instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof CurrentUser user) {
			return String.valueOf(user.accountId());
		}
		return null;
	}
}
