package jp.manabi.portal.consultation.domain;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/** Which database constraint refused a change: the desk turns it into a message beside the field. */
final class DeskConstraints {

	private DeskConstraints() {
	}

	static String violated(DataIntegrityViolationException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return violation.getConstraintName();
			}
		}
		return "";
	}

	static boolean violates(DataIntegrityViolationException e, String constraint) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation
					&& constraint.equals(violation.getConstraintName())) {
				return true;
			}
			if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
				return true;
			}
		}
		return false;
	}
}
