package jp.manabi.portal.plan.web.admin;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an oversized plan upload end on the upload form with the problem listed, like any other bad
 * file. Left alone, Tomcat 11 remembers a multipart body it could not parse and throws again from
 * every later {@code getParameter()}: first from Spring Security's CSRF check, then from the error
 * page itself, and the person gets Tomcat's bare error page; a 413 also makes Tomcat drop the
 * connection while the browser may still be sending. For the upload address, once the body is
 * known (Content-Length) or found to be too large, parameters come from the query string only (the
 * upload form puts its CSRF token there), the upload has no parts, and {@link #TOO_LARGE} tells
 * the controller why. The rest of the body is read and dropped by Tomcat (server.tomcat.max-swallow-size).
 */
@Component
class PlanUploadLimitFilter extends OncePerRequestFilter implements Ordered {

	static final String UPLOAD_PATH = "/admin/plans/upload";

	/** Request attribute: the upload was over the size limit and its body was not read. */
	static final String TOO_LARGE = "jp.manabi.portal.plan.web.admin.PlanUploadLimitFilter.tooLarge";

	private final DataSize maxRequestSize;

	PlanUploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:3MB}") DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	/** Before Spring Security, whose CSRF check is the first to read parameters. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		Object uri = request.getDispatcherType() == DispatcherType.ERROR
				? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
		String contentType = request.getContentType();
		return !(request.getContextPath() + UPLOAD_PATH).equals(uri) || contentType == null
				|| !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The error page never needs the body: there it is hidden, so nothing tries to read it again.
		boolean errorPage = request.getDispatcherType() == DispatcherType.ERROR;
		boolean tooLarge = errorPage || request.getContentLengthLong() > maxRequestSize.toBytes();
		chain.doFilter(new UploadRequest(request, tooLarge, errorPage), response);
	}

	private static final class UploadRequest extends HttpServletRequestWrapper {

		private final boolean hideBody;
		private boolean tooLarge;
		private Map<String, String[]> parameters;

		UploadRequest(HttpServletRequest request, boolean tooLarge, boolean hideBody) {
			super(request);
			this.tooLarge = tooLarge;
			this.hideBody = hideBody;
		}

		@Override
		public String getContentType() {
			return hideBody ? null : super.getContentType();
		}

		@Override
		public String getHeader(String name) {
			return hideBody && "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (parameters == null) {
				if (!tooLarge) {
					try {
						parameters = super.getParameterMap();
						return parameters;
					}
					catch (IllegalStateException unparseable) {
						noteIfTooLarge(unparseable);
					}
				}
				parameters = queryParameters(getQueryString());
			}
			return parameters;
		}

		/** Found too large while reading: from now on the same as known too large. Anything else stands. */
		private void noteIfTooLarge(IllegalStateException failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				String message = cause.getMessage();
				if (message != null && message.contains("exceed")) {
					tooLarge = true;
					return;
				}
			}
			throw failure;
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			return getParameterMap().get(name);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Collection<Part> getParts() throws IOException, ServletException {
			if (!tooLarge) {
				try {
					return super.getParts();
				}
				catch (IllegalStateException unparseable) {
					noteIfTooLarge(unparseable);
				}
			}
			if (!hideBody) {
				setAttribute(TOO_LARGE, Boolean.TRUE);
			}
			return List.of();
		}

		@Override
		public Part getPart(String name) throws IOException, ServletException {
			return getParts().stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
		}

		private static Map<String, String[]> queryParameters(String query) {
			var parameters = new LinkedHashMap<String, String[]>();
			if (query == null || query.isEmpty()) {
				return parameters;
			}
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				parameters.merge(name, new String[] { value }, (a, b) -> {
					String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
					System.arraycopy(b, 0, both, a.length, b.length);
					return both;
				});
			}
			return Collections.unmodifiableMap(parameters);
		}
	}
}
