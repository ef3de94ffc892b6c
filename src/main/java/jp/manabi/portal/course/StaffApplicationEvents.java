package jp.manabi.portal.course;

/**
 * What staff do to applications, published after the transaction that did it commits, so the
 * person concerned can be told by mail. {@code accountId} is null for an application staff took
 * at the counter and nobody has claimed yet; such a person is mailed at {@code applicantEmail}
 * when they gave one (otherwise staff phone them).
 */
public final class StaffApplicationEvents {

	private StaffApplicationEvents() {
	}

	/** Staff cancelled the application; the reason is told to the person. */
	public record CancelledByStaff(long applicationId, long courseId, Long accountId, String applicantEmail,
			String applicantName, String courseTitle, String reason) {

		@Override
		public String toString() {
			return "CancelledByStaff[applicationId=" + applicationId + "]";
		}
	}

	/** Staff set the status by hand: a place ({@code CONFIRMED}) or the waiting list at {@code waitingPosition}. */
	public record StatusSetByStaff(long applicationId, long courseId, Long accountId, String applicantEmail,
			String applicantName, String courseTitle, ApplicationStatus status, int waitingPosition) {

		@Override
		public String toString() {
			return "StatusSetByStaff[applicationId=" + applicationId + ", status=" + status + "]";
		}
	}

	/** Staff took an application at the counter for someone who gave an email address. */
	public record CounterApplicationTaken(long applicationId, long courseId, String applicantEmail,
			String applicantName, String courseTitle, ApplicationStatus status, int waitingPosition) {

		@Override
		public String toString() {
			return "CounterApplicationTaken[applicationId=" + applicationId + ", status=" + status + "]";
		}
	}

	/**
	 * A counter applicant (no account) moved up from the waiting list after staff freed a place.
	 * Residents with an account are told through {@code ApplicationEvents.ApplicationPromoted}.
	 */
	public record CounterApplicantPromoted(long applicationId, long courseId, String applicantEmail,
			String applicantName, String courseTitle) {

		@Override
		public String toString() {
			return "CounterApplicantPromoted[applicationId=" + applicationId + "]";
		}
	}
}
