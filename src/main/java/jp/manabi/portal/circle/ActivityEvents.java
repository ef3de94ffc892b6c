package jp.manabi.portal.circle;

import java.time.LocalDate;
import java.time.LocalTime;

/** What happens to public events and their sign-ups, published after the transaction that made it commits. */
public final class ActivityEvents {

	private ActivityEvents() {
	}

	/** What a mail about an event says of it. */
	public record EventFacts(long circleId, long activityId, String circleName, String title, LocalDate date,
			LocalTime startsAt, LocalTime endsAt, String place) {
	}

	/** A resident signed up for a public event (or signed up again after cancelling). */
	public record EventSignedUp(long signupId, long accountId, EventFacts event) {
	}

	/** The resident cancelled their own sign-up. */
	public record EventSignupCancelled(long signupId, long accountId, EventFacts event) {
	}

	/** The circle cancelled the event: everyone signed up is told. */
	public record EventCancelledForSignup(long signupId, long accountId, EventFacts event) {
	}
}
