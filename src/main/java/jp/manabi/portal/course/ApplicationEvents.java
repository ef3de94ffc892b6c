package jp.manabi.portal.course;

/** What happens to applications, published after the transaction that made it commits. */
public final class ApplicationEvents {

	private ApplicationEvents() {
	}

	/** An application was taken: with a place, or on the waiting list at {@code waitingPosition}. */
	public record ApplicationReceived(long applicationId, long courseId, long accountId, String courseTitle,
			ApplicationStatus status, int waitingPosition) {
	}

	/** A place came free and went to this person from the waiting list. */
	public record ApplicationPromoted(long applicationId, long courseId, long accountId, String courseTitle) {
	}

	/** Staff cancelled the whole course: everyone who had a place or was waiting is told, with the reason. */
	public record CourseCancelledForApplicant(long applicationId, long courseId, long accountId, String courseTitle,
			String reason) {
	}

	/** The resident cancelled their application. */
	public record ApplicationCancelled(long applicationId, long courseId, long accountId, String courseTitle) {
	}
}
