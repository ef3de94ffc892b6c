package jp.manabi.portal.course.web.admin;

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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * A CSV file over the upload limit. Tomcat reads the multipart body the first time anyone asks
 * for a parameter, which is Spring Security's CSRF check, and there it fails with an exception no
 * controller or error page sees (the visitor would get Tomcat's bare 413 page). So the import's
 * upload is read here first, before security; when it is too large, staff are sent back to the
 * import page, which says so. Nothing is processed: the page itself is still behind security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class ImportUploadLimitFilter extends OncePerRequestFilter {

	static final String IMPORT_PATH = "/admin/courses/import";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
				|| !IMPORT_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// Parses the parts now; the container keeps them for everyone who reads them later.
			new StandardMultipartHttpServletRequest(request);
		}
		catch (MaxUploadSizeExceededException tooLarge) {
			response.sendRedirect(request.getContextPath() + IMPORT_PATH + "?tooLarge=true");
			return;
		}
		catch (MultipartException unreadable) {
			// Not a size problem: the request goes on and is refused where it would have been anyway.
		}
		chain.doFilter(request, response);
	}
}
