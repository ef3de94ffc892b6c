package jp.manabi.portal.course.domain;

/**
 * What a participant answers: satisfaction from 1 (very dissatisfied) to 5 (very satisfied),
 * and three optional comments. Blank comments are kept as none.
 */
public record SurveyAnswer(int satisfaction, String goodPoints, String improvements, String wantedNext) {

	public static final int MAX_COMMENT = 2000;

	public SurveyAnswer {
		if (satisfaction < 1 || satisfaction > 5) {
			throw new IllegalArgumentException("satisfaction must be 1 to 5");
		}
		goodPoints = comment(goodPoints);
		improvements = comment(improvements);
		wantedNext = comment(wantedNext);
	}

	private static String comment(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > MAX_COMMENT) {
			throw new IllegalArgumentException("a comment is at most " + MAX_COMMENT + " characters");
		}
		return stripped;
	}
}
