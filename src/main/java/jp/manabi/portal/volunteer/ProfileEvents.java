package jp.manabi.portal.volunteer;

/**
 * What happens to a volunteer's entry in the talent bank, published after the transaction that
 * made it commits; the notification module mails the volunteer (in their language).
 */
public final class ProfileEvents {

	private ProfileEvents() {
	}

	/** A registration (or a resubmission after a return, or a new start after withdrawing) waits for staff. */
	public record ProfileSubmitted(long profileId, long accountId) {
	}

	/** Staff registered the volunteer in the talent bank. */
	public record ProfileApproved(long profileId, long accountId) {
	}

	/** Staff sent the registration back, saying what to change. */
	public record ProfileReturned(long profileId, long accountId, String comment) {
	}
}
