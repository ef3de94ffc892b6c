package jp.manabi.portal.volunteer.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.volunteer.AssignmentEvents.Applied;
import jp.manabi.portal.volunteer.AssignmentEvents.Approved;
import jp.manabi.portal.volunteer.AssignmentEvents.Completed;
import jp.manabi.portal.volunteer.AssignmentEvents.Declined;
import jp.manabi.portal.volunteer.AssignmentEvents.InvitationAnswered;
import jp.manabi.portal.volunteer.AssignmentEvents.Invited;
import jp.manabi.portal.volunteer.AssignmentEvents.Withdrawn;

/**
 * Volunteers' places on shifts: applying, invitations and their answers, withdrawing, and the
 * coordinators' decisions through to the hours served. Every change that can take a place
 * (approve, accept, complete after absent) holds the shift's row lock while it counts the
 * places taken, so a shift never has more volunteers than it needs. Coordinators' actions go
 * through {@link RequestCoordinators}: anyone else is told the request does not exist.
 */
@Service
@Transactional
public class ParticipationService {

	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	/** Hours are logged in quarter hours, from a quarter to a whole day. */
	public static final BigDecimal MIN_HOURS = new BigDecimal("0.25");
	public static final BigDecimal MAX_HOURS = new BigDecimal("24");
	private static final BigDecimal STEP = new BigDecimal("0.25");

	private final VolunteerRequestRepository requests;
	private final ShiftRepository shifts;
	private final AssignmentRepository assignments;
	private final VolunteerProfileRepository profiles;
	private final RequestCoordinators coordinators;
	private final ParticipationNames names;
	private final ParticipationLock lock;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	ParticipationService(VolunteerRequestRepository requests, ShiftRepository shifts,
			AssignmentRepository assignments, VolunteerProfileRepository profiles, RequestCoordinators coordinators,
			ParticipationNames names, ParticipationLock lock, ApplicationEventPublisher events, AuditLog audit,
			Clock clock) {
		this.requests = requests;
		this.shifts = shifts;
		this.assignments = assignments;
		this.profiles = profiles;
		this.coordinators = coordinators;
		this.names = names;
		this.lock = lock;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the shift has begun (in the ward's time): no applying or withdrawing after, only hours. */
	public static boolean started(Shift shift, Instant now) {
		return !shift.getShiftDate().atTime(shift.getStartsAt()).atZone(ZONE).toInstant().isAfter(now);
	}

	public static boolean validHours(BigDecimal hours) {
		return hours != null && hours.compareTo(MIN_HOURS) >= 0 && hours.compareTo(MAX_HOURS) <= 0
				&& hours.remainder(STEP).signum() == 0;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

	// The volunteer's side.

	/**
	 * Applies the account's registered profile for the shifts of an open request, with an
	 * optional message to the coordinators. All or nothing: one shift refused refuses them all.
	 * @return the assignments' ids
	 */
	public List<Long> apply(long requestId, long accountId, Collection<Long> shiftIds, String message) {
		var profile = profiles.findByAccountId(accountId).filter(p -> p.getStatus() == ProfileStatus.REGISTERED)
				.orElseThrow(() -> new ParticipationRefused("volunteer.apply.refused.notRegistered"));
		var request = requests.findWithShifts(requestId).orElseThrow(AssignmentNotFound::new);
		if (!request.isOpen(today())) {
			throw new ParticipationRefused("volunteer.apply.refused.closed");
		}
		if (shiftIds == null || shiftIds.isEmpty()) {
			throw new ParticipationRefused("volunteer.apply.refused.noShift");
		}
		var now = clock.instant();
		var ids = new ArrayList<Long>();
		for (long shiftId : new TreeSet<>(shiftIds)) {
			var shift = request.getShifts().stream().filter(s -> s.getId() == shiftId).findFirst()
					.orElseThrow(AssignmentNotFound::new);
			if (started(shift, now)) {
				throw new ParticipationRefused("volunteer.apply.refused.past");
			}
			var existing = assignments.findByShiftIdAndProfileId(shiftId, profile.getId());
			Assignment assignment;
			if (existing.isPresent()) {
				assignment = existing.get();
				if (!reopenable(assignment.getStatus())) {
					throw new ParticipationRefused("volunteer.apply.refused.already");
				}
				assignment.reopen(AssignmentStatus.APPLIED, message, null);
			}
			else {
				assignment = Assignment.applied(shift, profile.getId(), message);
				try {
					assignments.saveAndFlush(assignment);
				}
				catch (DataIntegrityViolationException twoTabs) {
					throw new ParticipationRefused("volunteer.apply.refused.already");
				}
			}
			ids.add(assignment.getId());
			events.publishEvent(new Applied(assignment.getId(), accountId, names.facts(shift),
					names.coordinators(request)));
		}
		return ids;
	}

	/** Accepts an invitation: approved if a place is still free, under the shift's lock. */
	public void accept(long assignmentId, long accountId) {
		var assignment = own(assignmentId, accountId);
		var shift = lockedShift(assignment.getShift().getId());
		if (assignment.getStatus() != AssignmentStatus.INVITED) {
			throw new ParticipationRefused("volunteer.work.refused.notInvited");
		}
		if (started(shift, clock.instant()) || shift.getRequest().getStatus() == RequestStatus.CANCELLED) {
			throw new ParticipationRefused("volunteer.work.refused.past");
		}
		takePlace(shift);
		assignment.decide(AssignmentStatus.APPROVED, null, clock.instant());
		events.publishEvent(new InvitationAnswered(assignmentId, true, names.facts(shift),
				names.coordinators(shift.getRequest())));
	}

	/** Declines an invitation. */
	public void declineInvitation(long assignmentId, long accountId) {
		var assignment = own(assignmentId, accountId);
		if (assignment.getStatus() != AssignmentStatus.INVITED) {
			throw new ParticipationRefused("volunteer.work.refused.notInvited");
		}
		assignment.decide(AssignmentStatus.DECLINED, null, clock.instant());
		var shift = assignment.getShift();
		events.publishEvent(new InvitationAnswered(assignmentId, false, names.facts(shift),
				names.coordinators(shift.getRequest())));
	}

	/** Withdraws an application or an approved place before the shift; frees the place. */
	public void withdraw(long assignmentId, long accountId) {
		var assignment = own(assignmentId, accountId);
		var shift = assignment.getShift();
		if (assignment.getStatus() != AssignmentStatus.APPLIED && assignment.getStatus() != AssignmentStatus.APPROVED) {
			throw new ParticipationRefused("volunteer.work.refused.notWithdrawable");
		}
		if (started(shift, clock.instant())) {
			throw new ParticipationRefused("volunteer.work.refused.past");
		}
		assignment.decide(AssignmentStatus.WITHDRAWN, null, clock.instant());
		events.publishEvent(new Withdrawn(assignmentId, names.facts(shift), names.coordinators(shift.getRequest())));
	}

	// The coordinators' side.

	/** Staff invite a registered volunteer to a shift of the request (or again, after a withdrawal or decline). */
	public long invite(long requestId, long profileId, long shiftId, String message, CurrentUser staff) {
		var request = coordinators.findCoordinated(requestId, staff).orElseThrow(AssignmentNotFound::new);
		var shift = shiftOf(request, shiftId);
		var profile = profiles.findById(profileId).filter(p -> p.getStatus() == ProfileStatus.REGISTERED)
				.orElseThrow(() -> new ParticipationRefused("volunteer.assign.refused.notRegistered"));
		if (started(shift, clock.instant())) {
			throw new ParticipationRefused("volunteer.assign.refused.past");
		}
		if (request.getStatus() == RequestStatus.CANCELLED) {
			throw new ParticipationRefused("volunteer.assign.refused.cancelled");
		}
		var existing = assignments.findByShiftIdAndProfileId(shiftId, profileId);
		Assignment assignment;
		if (existing.isPresent()) {
			assignment = existing.get();
			if (!reopenable(assignment.getStatus())) {
				throw new ParticipationRefused("volunteer.assign.refused.already");
			}
			assignment.reopen(AssignmentStatus.INVITED, message, staff.accountId());
		}
		else {
			assignment = Assignment.invited(shift, profileId, message, staff.accountId());
			try {
				assignments.saveAndFlush(assignment);
			}
			catch (DataIntegrityViolationException twice) {
				throw new ParticipationRefused("volunteer.assign.refused.already");
			}
		}
		audit.record(AuditAction.CHANGE, "volunteer_assignment", assignment.getId(), "invited profile " + profileId);
		events.publishEvent(new Invited(assignment.getId(), profile.getAccountId(), names.facts(shift)));
		return assignment.getId();
	}

	/** Approves an applicant if a place is free (under the shift's lock); otherwise refuses: full. */
	public void approve(long requestId, long assignmentId, CurrentUser user) {
		var assignment = coordinated(requestId, assignmentId, user);
		var shift = lockedShift(assignment.getShift().getId());
		if (assignment.getStatus() != AssignmentStatus.APPLIED) {
			throw new ParticipationRefused("volunteer.assign.refused.notApplied");
		}
		takePlace(shift);
		assignment.decide(AssignmentStatus.APPROVED, user.accountId(), clock.instant());
		staffAction(user, assignmentId, "approved");
		events.publishEvent(new Approved(assignmentId, accountOf(assignment), names.facts(shift)));
	}

	/** Turns an applicant down (見送り), or an approved volunteer before the shift (their place is freed). */
	public void decline(long requestId, long assignmentId, CurrentUser user) {
		var assignment = coordinated(requestId, assignmentId, user);
		var status = assignment.getStatus();
		if (status != AssignmentStatus.APPLIED && status != AssignmentStatus.APPROVED) {
			throw new ParticipationRefused("volunteer.assign.refused.notDeclinable");
		}
		if (status == AssignmentStatus.APPROVED && started(assignment.getShift(), clock.instant())) {
			throw new ParticipationRefused("volunteer.assign.refused.started");
		}
		assignment.decide(AssignmentStatus.DECLINED, user.accountId(), clock.instant());
		staffAction(user, assignmentId, "declined");
		events.publishEvent(new Declined(assignmentId, accountOf(assignment), names.facts(assignment.getShift())));
	}

	/** Logs the hours served, once the shift has begun; also corrects hours, or an absence. */
	public void complete(long requestId, long assignmentId, BigDecimal hours, CurrentUser user) {
		var assignment = coordinated(requestId, assignmentId, user);
		if (!validHours(hours)) {
			throw new ParticipationRefused("volunteer.assign.refused.hours");
		}
		var shift = lockedShift(assignment.getShift().getId());
		if (!started(shift, clock.instant())) {
			throw new ParticipationRefused("volunteer.assign.refused.notYet");
		}
		switch (assignment.getStatus()) {
			case APPROVED, COMPLETED -> {
			}
			case ABSENT -> takePlace(shift);
			default -> throw new ParticipationRefused("volunteer.assign.refused.notApproved");
		}
		assignment.complete(hours, user.accountId(), clock.instant());
		staffAction(user, assignmentId, "completed " + hours.toPlainString() + "h");
		events.publishEvent(new Completed(assignmentId, accountOf(assignment), names.facts(shift), hours));
	}

	/** Marks an approved volunteer absent once the shift has begun (欠席). */
	public void absent(long requestId, long assignmentId, CurrentUser user) {
		var assignment = coordinated(requestId, assignmentId, user);
		if (!started(assignment.getShift(), clock.instant())) {
			throw new ParticipationRefused("volunteer.assign.refused.notYet");
		}
		if (assignment.getStatus() != AssignmentStatus.APPROVED
				&& assignment.getStatus() != AssignmentStatus.COMPLETED) {
			throw new ParticipationRefused("volunteer.assign.refused.notApproved");
		}
		assignment.decide(AssignmentStatus.ABSENT, user.accountId(), clock.instant());
		staffAction(user, assignmentId, "absent");
	}

	// Helpers.

	private static boolean reopenable(AssignmentStatus status) {
		return status == AssignmentStatus.WITHDRAWN || status == AssignmentStatus.DECLINED;
	}

	private Assignment own(long assignmentId, long accountId) {
		var profile = profiles.findByAccountId(accountId).orElseThrow(AssignmentNotFound::new);
		return assignments.findById(assignmentId).filter(a -> a.getProfileId() == profile.getId())
				.orElseThrow(AssignmentNotFound::new);
	}

	/** The assignment if the user runs its request and it is on one of that request's shifts. */
	private Assignment coordinated(long requestId, long assignmentId, CurrentUser user) {
		var request = coordinators.findCoordinated(requestId, user).orElseThrow(AssignmentNotFound::new);
		return assignments.findById(assignmentId)
				.filter(a -> a.getShift().getRequest().getId().equals(request.getId()))
				.orElseThrow(AssignmentNotFound::new);
	}

	private static Shift shiftOf(VolunteerRequest request, long shiftId) {
		return request.getShifts().stream().filter(s -> s.getId() == shiftId).findFirst()
				.orElseThrow(AssignmentNotFound::new);
	}

	private Shift lockedShift(long shiftId) {
		return (lock.enabled() ? shifts.findForUpdate(shiftId) : shifts.findById(shiftId))
				.orElseThrow(AssignmentNotFound::new);
	}

	/** Counts the places taken (the caller holds the shift's lock) and refuses when none is left. */
	private void takePlace(Shift shift) {
		long taken = assignments.countByShiftAndStatusIn(shift.getId(), AssignmentStatus.HOLDING_A_PLACE);
		if (taken >= shift.getNeeded()) {
			throw new ParticipationRefused("volunteer.assign.refused.full");
		}
		lock.betweenCountAndTake();
	}

	private long accountOf(Assignment assignment) {
		return profiles.findById(assignment.getProfileId()).orElseThrow().getAccountId();
	}

	private void staffAction(CurrentUser user, long assignmentId, String detail) {
		if (user.hasRole(Role.STAFF) || user.hasRole(Role.ADMIN)) {
			audit.record(AuditAction.CHANGE, "volunteer_assignment", assignmentId, detail);
		}
	}
}
