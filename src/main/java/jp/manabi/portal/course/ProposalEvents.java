package jp.manabi.portal.course;

/** What happens to a resident-proposed course (市民提案型講座); the proposer is told by mail. */
public final class ProposalEvents {

	private ProposalEvents() {
	}

	public record ProposalReceived(long proposalId, long proposerId, String theme) {
	}

	/** Staff took it up for review (検討中). */
	public record ProposalUnderReview(long proposalId, long proposerId, String theme) {
	}

	/** Adopted (a draft course now exists) or not, with staff's reason. */
	public record ProposalDecided(long proposalId, long proposerId, String theme, boolean adopted, String reason) {
	}
}
