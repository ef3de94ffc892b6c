package jp.manabi.portal.circle.domain;

/** What a leader says about a circle, as the registration and edit forms hand it over. */
public record CircleDetails(String name, String description, String areaCode, String venue, int memberCount,
		boolean recruiting, String recruitingWhom, int feeYen, FeePeriod feePeriod, String feeNote,
		boolean beginnersWelcome) {
}
