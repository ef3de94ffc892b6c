package jp.manabi.portal.config;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An upload over the limits of {@code spring.servlet.multipart} (application.yaml, the only place
 * they are set). Tomcat reads a multipart body the first time anyone asks for a parameter, which
 * is Spring Security's CSRF check; there the size limit fails with an exception no controller or
 * error page sees, and Tomcat 11 throws the same failure again from every later read, so the
 * person would get Tomcat's bare error page. So every multipart POST is read here first, before
 * security. When it is too large, the browser is sent back (303) to the page the form came from,
 * with {@value #TOO_LARGE_PARAMETER}{@code =true}, and that page says so. Nothing is processed and
 * nobody is authenticated here: the page itself is still behind security, and the CSRF token stays
 * in the body, out of addresses and logs. The rest of an oversized body is read and dropped by
 * Tomcat (server.tomcat.max-swallow-size), so the browser sees the redirect, not a reset.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50) // after character encoding, long before Spring Security
class OversizedUploadFilter extends OncePerRequestFilter {

	static final String TOO_LARGE_PARAMETER = "uploadTooLarge";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// Parses the parts now; the container keeps them for everyone who reads them later.
			new StandardMultipartHttpServletRequest(request);
		}
		catch (MaxUploadSizeExceededException tooLarge) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, backToTheForm(request));
			return;
		}
		catch (MultipartException unreadable) {
			// Not a size problem: the request goes on and is refused where it would have been anyway.
		}
		chain.doFilter(request, response);
	}

	/**
	 * The page the form is on, from the Referer when it is a page of this app on this origin (never
	 * anywhere else: this must not become an open redirect); otherwise the address posted to.
	 */
	private static String backToTheForm(HttpServletRequest request) {
		String back = sameOriginReferer(request);
		if (back == null) {
			back = request.getRequestURI();
			if (request.getQueryString() != null) {
				back += "?" + request.getQueryString();
			}
		}
		return UriComponentsBuilder.fromUriString(back).replaceQueryParam(TOO_LARGE_PARAMETER, "true").build()
				.toUriString();
	}

	private static String sameOriginReferer(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return null;
		}
		URI uri;
		try {
			uri = new URI(referer);
		}
		catch (java.net.URISyntaxException malformed) {
			return null;
		}
		String path = uri.getRawPath();
		String contextPath = request.getContextPath();
		if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
				|| !uri.getScheme().equalsIgnoreCase(request.getScheme())
				|| !uri.getHost().equalsIgnoreCase(request.getServerName()) || port(uri) != request.getServerPort()
				|| path == null || !path.startsWith(contextPath + "/") || path.startsWith("//")) {
			return null;
		}
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}
}
