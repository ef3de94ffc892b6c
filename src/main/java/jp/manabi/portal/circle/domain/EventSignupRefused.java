package jp.manabi.portal.circle.domain;

/** A sign-up cannot be taken or cancelled; {@code messageKey} tells the resident why. */
public class EventSignupRefused extends RuntimeException {

	private final String messageKey;

	public EventSignupRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
