package jp.manabi.portal.consultation.domain;

/** A booking, move or cancellation that cannot be done; {@code messageKey} says why, for the page. */
public class BookingRefused extends RuntimeException {

	private final String messageKey;

	public BookingRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
