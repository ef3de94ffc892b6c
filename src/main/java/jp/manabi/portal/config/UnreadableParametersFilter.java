package jp.manabi.portal.config;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			for (String[] values : request.getParameterMap().values()) {
				for (String value : values) {
					if (value.indexOf('\0') >= 0) {
						response.sendError(HttpServletResponse.SC_BAD_REQUEST);
						return;
					}
				}
			}
		}
		catch (IllegalStateException unreadable) {
			// Tomcat's InvalidParameterException: undecodable bytes or a body over maxPostSize.
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}
}
