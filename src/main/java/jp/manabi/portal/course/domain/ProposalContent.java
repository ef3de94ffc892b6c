package jp.manabi.portal.course.domain;

/** What a resident proposes, as the form hands it over. {@code circleId} when a circle proposes it. */
public record ProposalContent(Long circleId, String theme, String outline, String proposedInstructor, String audience,
		String preferredTimes, Long planNodeId) {
}
