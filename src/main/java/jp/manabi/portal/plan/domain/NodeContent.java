package jp.manabi.portal.plan.domain;

/**
 * The texts of a node that a file or a staff member may change: everything but its place in
 * the tree. Blank texts are absent (null), so a file and a form that both leave a field out agree.
 */
public record NodeContent(String title, String description, String currentIssues, String futureVision,
		String roleCitizen, String roleCommunity, String roleGovernment) {

	public NodeContent {
		title = blankToNull(title);
		description = blankToNull(description);
		currentIssues = blankToNull(currentIssues);
		futureVision = blankToNull(futureVision);
		roleCitizen = blankToNull(roleCitizen);
		roleCommunity = blankToNull(roleCommunity);
		roleGovernment = blankToNull(roleGovernment);
	}

	public boolean hasRoles() {
		return roleCitizen != null || roleCommunity != null || roleGovernment != null;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
