package jp.manabi.portal.volunteer.domain;

/** A request the rules refuse: shown beside {@code field} with the message {@code messageKey}. */
public class RequestRuleViolation extends RuntimeException {

	private final String field;
	private final String messageKey;

	public RequestRuleViolation(String field, String messageKey) {
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
