package jp.manabi.portal.circle;

import java.util.List;

/**
 * What happens to join requests (入会希望), published after the transaction commits. They carry
 * account ids only: the mail listener finds each person's address and language itself and never
 * puts one side's address in the other side's mail.
 */
public final class JoinEvents {

	private JoinEvents() {
	}

	/** A resident asked to join; every manager (leader and co-leaders) is told. */
	public record JoinRequested(long requestId, long circleId, String circleName, long requesterId,
			List<Long> managerIds) {
	}

	/**
	 * A new message in the thread. {@code fromRequester}: the resident wrote, the managers are
	 * told (recipients); otherwise a manager wrote and the resident is told, in the circle's name.
	 */
	public record JoinMessagePosted(long requestId, long circleId, String circleName, long requesterId,
			boolean fromRequester, List<Long> recipientIds) {
	}

	/** A manager accepted or declined; the resident is told. */
	public record JoinDecided(long requestId, long circleId, String circleName, long requesterId, boolean accepted) {
	}
}
