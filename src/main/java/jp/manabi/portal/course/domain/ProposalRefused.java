package jp.manabi.portal.course.domain;

/** A proposal action that cannot be done; {@code field} is the form field to show it beside, if any. */
public class ProposalRefused extends RuntimeException {

	private final String field;
	private final String messageKey;

	public ProposalRefused(String field, String messageKey) {
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
