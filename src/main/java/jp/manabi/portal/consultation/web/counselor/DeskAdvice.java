package jp.manabi.portal.consultation.web.counselor;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jp.manabi.portal.consultation.domain.DeskNotFound;

/** Another counselor's booking or hours, or an id that is not there: the same 404. */
@ControllerAdvice(basePackages = "jp.manabi.portal.consultation.web")
class DeskAdvice {

	@ExceptionHandler(DeskNotFound.class)
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
	}
}
