package jp.manabi.portal.circle.domain;

/**
 * A registration, edit or review step breaks a rule; {@code field} names the form field (or
 * action) to show {@code messageKey} beside.
 */
public class CircleRegistrationRefused extends RuntimeException {

	private final String field;
	private final String messageKey;

	public CircleRegistrationRefused(String field, String messageKey) {
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
