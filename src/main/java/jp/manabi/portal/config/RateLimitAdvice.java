package jp.manabi.portal.config;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The friendly 429 page: how long to wait, and that nothing typed or saved is lost. */
@ControllerAdvice
class RateLimitAdvice {

	@ExceptionHandler(RateLimitExceeded.class)
	ModelAndView tooMany(RateLimitExceeded refused, HttpServletResponse response) {
		long seconds = Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		long minutes = (seconds + 59) / 60;
		return new ModelAndView("error/429",
				Map.of("status", 429, "retrySeconds", seconds, "retryMinutes", minutes, "rule", refused.rule()),
				HttpStatus.TOO_MANY_REQUESTS);
	}
}
