package jp.manabi.portal.consultation;

import java.time.Instant;

/** What the counselors' and staff desk does that others hear of, after its transaction commits. */
public final class DeskEvents {

	private DeskEvents() {
	}

	/**
	 * Staff booked a consultation for a resident who phoned and has an account: they are told by
	 * mail and see it on マイページ. (Callers without an account are told on the phone.)
	 */
	public record StaffBooked(long bookingId, long accountId, String topicNameJa, String topicNameEn,
			Instant startsAt, Channel channel, String venue) {
	}
}
