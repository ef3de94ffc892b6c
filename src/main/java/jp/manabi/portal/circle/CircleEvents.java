package jp.manabi.portal.circle;

import java.time.LocalDate;

/**
 * What happens to a circle's registration, published after the transaction that made it commits;
 * the notification module mails the leader (in their language).
 */
public final class CircleEvents {

	private CircleEvents() {
	}

	/** A circle was registered or resubmitted and waits for staff: a receipt for its leader. */
	public record CircleSubmitted(long circleId, long leaderId, String circleName) {
	}

	/** Staff approved the circle; its registration is valid until {@code validUntil}. */
	public record CircleApproved(long circleId, long leaderId, String circleName, LocalDate validUntil) {
	}

	/** Staff asked the leader to change the registration, saying what. */
	public record CircleChangesRequested(long circleId, long leaderId, String circleName, String comment) {
	}

	/** Staff suspended the circle, with the reason. */
	public record CircleSuspended(long circleId, long leaderId, String circleName, String reason) {
	}

	/** Staff dissolved the circle, with the reason. */
	public record CircleDissolved(long circleId, long leaderId, String circleName, String reason) {
	}

	/** The registration runs out on {@code validUntil}, about a month from now. */
	public record CircleLapsing(long circleId, long leaderId, String circleName, LocalDate validUntil) {
	}

	/** The leadership was handed over: the new leader is told. */
	public record CircleLeadershipHandedOver(long circleId, long newLeaderId, String circleName) {
	}
}
