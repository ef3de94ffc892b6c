package jp.manabi.portal.circle.domain;

import java.time.Instant;
import java.util.List;

/**
 * A join request's thread as one of its two sides sees it. The sides are named only as the
 * other may know them: the resident by display name, the managers by the circle's name.
 *
 * @param viewerManages whether the viewer is one of the circle's managers (else the resident)
 */
public record JoinThread(long requestId, long circleId, String circleName, String requesterName, JoinStatus status,
		Instant createdAt, boolean viewerManages, List<Entry> messages) {

	/** One message; {@code fromRequester} tells which side wrote it, {@code author} is that side's name. */
	public record Entry(String author, boolean fromRequester, String body, Instant createdAt) {
	}

	public boolean takesMessages() {
		return status.takesMessages();
	}

	public boolean canDecide() {
		return viewerManages && status == JoinStatus.PENDING;
	}

	public boolean canWithdraw() {
		return !viewerManages && status == JoinStatus.PENDING;
	}
}
