package jp.manabi.portal.config;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parameters that cannot be read become a 400 page, not a 500: bytes that are not UTF-8 (e.g.
 * Shift_JIS), a form body over Tomcat's maxPostSize (Tomcat 11 throws from every read, the first
 * being Spring Security's CSRF check), and NUL characters, which PostgreSQL refuses in text. Found
 * by security/FormFuzzTest. Multipart bodies are left to {@link OversizedUploadFilter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60) // after character encoding and OversizedUploadFilter, before security
class UnreadableParametersFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/**
	 * Set on a request refused here: Tomcat throws again from every later read of its parameters, and
	 * the error page's own dispatch reads them (the language switch), which would log the refusal as
	 * a server error with a stack trace per request.
	 */
	private static final String REFUSED = UnreadableParametersFilter.class.getName() + ".refused";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			chain.doFilter(request.getAttribute(REFUSED) != null ? new WithoutParameters(request) : request, response);
			return;
		}
		try {
			for (String[] values : request.getParameterMap().values()) {
				for (String value : values) {
					if (value.indexOf('\0') >= 0) {
						refuse(request, response);
						return;
					}
				}
			}
		}
		catch (IllegalStateException unreadable) {
			// Tomcat's InvalidParameterException: undecodable bytes or a body over maxPostSize.
			refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(REFUSED, Boolean.TRUE);
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	/** The refused request as the error page sees it: no parameters at all. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}
	}
}
