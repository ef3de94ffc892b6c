package jp.manabi.portal.circle.domain;

/** A join request or a step of its thread that cannot be taken; the key says why, in the resident's words. */
public class JoinRefused extends RuntimeException {

	private final String messageKey;

	public JoinRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
