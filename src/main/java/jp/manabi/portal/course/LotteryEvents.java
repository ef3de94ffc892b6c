package jp.manabi.portal.course;

import java.time.Instant;

/** What the lottery does to applications, published after the transaction that did it commits. */
public final class LotteryEvents {

	private LotteryEvents() {
	}

	/**
	 * One person's lottery result. A winner has a place, or an offer to confirm by {@code confirmBy}
	 * (null: the place is theirs at once); a loser is on the waiting list at {@code waitingPosition}.
	 */
	public record LotteryResult(long applicationId, long courseId, long accountId, String courseTitle, boolean won,
			int waitingPosition, Instant confirmBy) {
	}

	/** A winner did not confirm by the deadline: the place went on to the waiting list. */
	public record OfferExpired(long applicationId, long courseId, long accountId, String courseTitle) {
	}
}
