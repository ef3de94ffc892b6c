package jp.manabi.portal.config;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page, error pages included, the address of the page itself without the
 * {@code lang} parameter, so the language switch can link back to the same page.
 */
class PageUrlInterceptor implements HandlerInterceptor {

	static final String ATTRIBUTE = "pageUrl";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
		String query = errorUri != null ? null : request.getQueryString();
		String contextPath = request.getContextPath();
		if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
			path = path.substring(contextPath.length());
		}
		try {
			var url = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang").build();
			request.setAttribute(ATTRIBUTE, url.toUriString());
		}
		catch (IllegalArgumentException malformed) {
			request.setAttribute(ATTRIBUTE, "/");
		}
		return true;
	}
}
