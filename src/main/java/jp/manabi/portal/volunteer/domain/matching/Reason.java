package jp.manabi.portal.volunteer.domain.matching;

/**
 * One line of why a volunteer fits, or of what is missing: a message key of the
 * volunteer-request bundle, with the skill or shift it is about and an amount (a level, hours, a count).
 */
public record Reason(String key, Long subjectId, Number amount) {

	public static Reason of(String key) {
		return new Reason(key, null, null);
	}
}
