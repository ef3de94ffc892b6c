package jp.manabi.portal.config;

import java.beans.PropertyEditorSupport;
import java.util.Map;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;

/** Form binding and error mapping shared by every controller. */
@ControllerAdvice
class GlobalWebAdvice {

	/** Passwords are taken exactly as typed; everything else is trimmed, and blank means absent. */
	private static final String[] PASSWORD_FIELDS = { "password", "passwordConfirmation", "currentPassword",
			"newPassword", "newPasswordConfirmation" };

	@InitBinder
	void binding(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		for (String field : PASSWORD_FIELDS) {
			binder.registerCustomEditor(String.class, field, new AsTyped());
		}
	}

	/** Someone else saved the same record first: a 409 page that explains, never a silent overwrite. */
	/** A form posted with a field path no page offers, e.g. a list index far past its rows: a bad request. */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView tamperedForm() {
		return new ModelAndView("error", Map.of("status", 400), HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict() {
		return new ModelAndView("error", Map.of("status", 409), HttpStatus.CONFLICT);
	}

	private static final class AsTyped extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text);
		}

		@Override
		public String getAsText() {
			return getValue() == null ? "" : getValue().toString();
		}
	}
}
