package jp.manabi.portal.course.domain;

/** A survey answer cannot be taken; {@code messageKey} tells the resident why. */
public class SurveyRefused extends RuntimeException {

	private final String messageKey;

	public SurveyRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
