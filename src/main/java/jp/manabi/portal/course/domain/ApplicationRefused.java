package jp.manabi.portal.course.domain;

/** An application cannot be taken or changed; {@code messageKey} tells the resident why. */
public class ApplicationRefused extends RuntimeException {

	private final String messageKey;

	public ApplicationRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
