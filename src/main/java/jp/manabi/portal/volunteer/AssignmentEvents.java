package jp.manabi.portal.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What happens to volunteers' places on shifts, published after the transaction that made it
 * commits. Mails go to the volunteer (by account id) and to the request's coordinators: the
 * organisation's account or the circle leader who posted it ({@code coordinatorAccountIds}),
 * and, for the ward's own requests ({@code staffRequest}), the staff address if one is set.
 * Coordinators' mails never name the volunteer: the assignments page shows what they may see.
 */
public final class AssignmentEvents {

	private AssignmentEvents() {
	}

	/** What a mail says of the shift. {@code organiser} is null for the ward's own requests. */
	public record WorkFacts(long requestId, String title, String organiser, LocalDate date, LocalTime startsAt,
			LocalTime endsAt, String place) {
	}

	/** Who runs the request, to be told of applications and answers, and the path of their assignments page. */
	public record Coordinators(List<Long> accountIds, boolean staffRequest, String pagePath) {

		public Coordinators {
			accountIds = List.copyOf(accountIds);
		}
	}

	/** A volunteer applied for a shift (or applied again after withdrawing or being declined). */
	public record Applied(long assignmentId, long volunteerAccountId, WorkFacts work, Coordinators coordinators) {
	}

	/** Staff invited a volunteer to a shift. */
	public record Invited(long assignmentId, long volunteerAccountId, WorkFacts work) {
	}

	/** The volunteer accepted or declined an invitation. */
	public record InvitationAnswered(long assignmentId, boolean accepted, WorkFacts work, Coordinators coordinators) {
	}

	/** The volunteer withdrew before the shift. */
	public record Withdrawn(long assignmentId, WorkFacts work, Coordinators coordinators) {
	}

	/** A coordinator approved the volunteer for the shift. */
	public record Approved(long assignmentId, long volunteerAccountId, WorkFacts work) {
	}

	/** A coordinator turned the volunteer down (見送り). */
	public record Declined(long assignmentId, long volunteerAccountId, WorkFacts work) {
	}

	/** A coordinator logged the hours the volunteer served. */
	public record Completed(long assignmentId, long volunteerAccountId, WorkFacts work, BigDecimal hours) {
	}
}
