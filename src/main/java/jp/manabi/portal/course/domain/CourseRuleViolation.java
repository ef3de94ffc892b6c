package jp.manabi.portal.course.domain;

/** A course would break one of its rules; {@code field} names the form field to show it beside. */
public class CourseRuleViolation extends RuntimeException {

	private final String field;
	private final String messageKey;

	public CourseRuleViolation(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
