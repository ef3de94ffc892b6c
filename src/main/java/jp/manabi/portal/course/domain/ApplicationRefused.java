package jp.manabi.portal.course.domain;

/** An application cannot be taken or changed; {@code messageKey} tells the resident why. */
public class ApplicationRefused extends RuntimeException {

	private final String messageKey;
	private final Object[] arguments;

	public ApplicationRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	/** Values for the message's placeholders, e.g. a limit. */
	public Object[] arguments() {
		return arguments.clone();
	}
}
