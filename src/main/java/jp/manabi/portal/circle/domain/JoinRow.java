package jp.manabi.portal.circle.domain;

import java.time.Instant;

/** A join request in a list: the resident's own list names the circle, the leader's list the resident. */
public record JoinRow(long requestId, long circleId, String circleName, String requesterName, JoinStatus status,
		Instant createdAt) {
}
