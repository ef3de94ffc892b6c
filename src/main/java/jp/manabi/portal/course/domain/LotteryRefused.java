package jp.manabi.portal.course.domain;

/** A draw or a confirmation cannot be done; {@code messageKey} says why. */
public class LotteryRefused extends RuntimeException {

	private final String messageKey;

	public LotteryRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
