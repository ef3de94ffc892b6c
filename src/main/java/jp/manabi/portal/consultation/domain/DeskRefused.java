package jp.manabi.portal.consultation.domain;

/**
 * A desk action that cannot be done (an overlapping range, a referral to a hidden course, marking
 * held before the start …): {@code field} is the form field it concerns (null for the whole form),
 * {@code messageKey} says why.
 */
public class DeskRefused extends RuntimeException {

	private final String field;
	private final String messageKey;

	public DeskRefused(String field, String messageKey) {
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
