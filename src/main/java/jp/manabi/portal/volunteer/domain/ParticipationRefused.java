package jp.manabi.portal.volunteer.domain;

/** A change to a volunteer's place cannot be made; {@code messageKey} says why. */
public class ParticipationRefused extends RuntimeException {

	private final String messageKey;

	public ParticipationRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
