package jp.manabi.portal.plan.domain;

import java.util.List;

/**
 * A change staff asked for that the plan's rules do not allow (a cycle, a parent on the wrong
 * level, a code already used). Carries a message key, so the form can say why beside the field.
 */
public class PlanEditRefusedException extends RuntimeException {

	private final String messageKey;
	private final List<Object> args;

	public PlanEditRefusedException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return args.toArray();
	}
}
