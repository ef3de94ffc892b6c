package jp.manabi.portal.volunteer.domain;

/**
 * A registration, edit, review step or skills-tree change breaks a rule; {@code field} names the
 * form field (or action) to show {@code messageKey} beside, with {@code args} for the message.
 */
public class ProfileRefused extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final transient Object[] args;

	public ProfileRefused(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}
}
