package jp.manabi.portal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parameters that cannot be read become a 400, not a 500: bytes that are not UTF-8 (e.g.
 * Shift_JIS), a form body over Tomcat's maxPostSize (Tomcat 11 throws from every read, the first
 * being Spring Security's CSRF check), and NUL characters, which PostgreSQL refuses in text. Found
 * by security/FormFuzzTest. Multipart bodies are left to {@link OversizedUploadFilter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60) // after character encoding and OversizedUploadFilter, before security
class UnreadableParametersFilter extends OncePerRequestFilter {

	/**
	 * Set on a request refused here: Tomcat throws again from every later read of its parameters, and
	 * the error page's own dispatch reads them (the language switch), which would log the refusal as
	 * a server error with a stack trace per request.
	 */
	private static final String REFUSED = UnreadableParametersFilter.class.getName() + ".refused";

	private final long maxPostSize;
	private final MessageSource messages;

	UnreadableParametersFilter(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxPostSize,
			MessageSource messages) {
		this.maxPostSize = maxPostSize.toBytes();
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

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
		if (request.getContentLengthLong() > maxPostSize && isForm(request)) {
			refuseTooLarge(request, response);
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
			// Tomcat's InvalidParameterException: undecodable bytes (or a body over maxPostSize sent
			// without its length).
			refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isForm(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	/** The error page (in the person's language), without the parameters it cannot read. */
	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(REFUSED, Boolean.TRUE);
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	/**
	 * A form body over maxPostSize is refused before it is read, and Tomcat closes the connection
	 * after a 400 without reading the rest. A full error page could then be cut off by the reset
	 * while the browser is still sending; one short line gets through. Only a script sends a form
	 * this large (the longest text field takes a few thousand characters).
	 */
	private void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = request.getLocale();
		byte[] body = (messages.getMessage("error.400.title", null, locale) + "\n"
				+ messages.getMessage("error.400.body", null, locale) + "\n").getBytes(StandardCharsets.UTF_8);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType("text/plain;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
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
