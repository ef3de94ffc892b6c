package jp.manabi.portal.account;

/** What other modules may know of an account: enough to address and serve the person. */
public record AccountSummary(long id, String email, String displayName, String furigana, String phone,
		String areaCode, Residency residency, Integer birthYear, String language) {
}
