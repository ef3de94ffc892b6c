package jp.manabi.portal.volunteer.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.circle.Circles;
import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.shared.MunicipalityProperties;

/**
 * Posting and running requests (募集): by staff, by an organisation through its account, by a
 * circle's leader. Who may change a request is decided by {@link RequestCoordinators}; anyone
 * else is told it does not exist.
 */
@Service
@Transactional
public class RequestService {

	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private final VolunteerRequestRepository requests;
	private final OrganisationRepository organisations;
	private final SkillRepository skills;
	private final RequestCoordinators coordinators;
	private final Circles circles;
	private final Plans plans;
	private final MunicipalityProperties municipality;
	private final AuditLog audit;
	private final Clock clock;

	RequestService(VolunteerRequestRepository requests, OrganisationRepository organisations, SkillRepository skills,
			RequestCoordinators coordinators, Circles circles, Plans plans, MunicipalityProperties municipality,
			AuditLog audit, Clock clock) {
		this.requests = requests;
		this.organisations = organisations;
		this.skills = skills;
		this.coordinators = coordinators;
		this.circles = circles;
		this.plans = plans;
		this.municipality = municipality;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public long postByStaff(long staffId, RequestInput input) {
		check(input);
		var request = VolunteerRequest.byStaff(staffId, input.details());
		long id = save(request, input);
		audit.record(AuditAction.CHANGE, "volunteer_request", id, "posted");
		return id;
	}

	/** The organisation is the one whose account is signed in, and it must still be active. */
	public long postByOrganisation(long accountId, RequestInput input) {
		var organisation = activeOrganisationOf(accountId);
		check(input);
		return save(VolunteerRequest.byOrganisation(organisation.getId(), accountId, input.details()), input);
	}

	/** Only a registered circle's leader or co-leader may post for it. */
	public long postByCircle(long circleId, long accountId, RequestInput input) {
		if (!mayPostForCircle(circleId, accountId)) {
			throw new RequestNotFound();
		}
		check(input);
		return save(VolunteerRequest.byCircle(circleId, accountId, input.details()), input);
	}

	@Transactional(readOnly = true)
	public boolean mayPostForCircle(long circleId, long accountId) {
		return circles.manages(circleId, accountId) && circles.find(circleId)
				.map(c -> c.status() == CircleStatus.REGISTERED).orElse(false);
	}

	@Transactional(readOnly = true)
	public Organisation activeOrganisationOf(long accountId) {
		return organisations.findByAccountId(accountId).filter(Organisation::isActive)
				.orElseThrow(RequestNotFound::new);
	}

	/** The request with its shifts, if the user may run it. */
	@Transactional(readOnly = true)
	public VolunteerRequest coordinated(long requestId, CurrentUser user) {
		var request = coordinators.findCoordinated(requestId, user).orElseThrow(RequestNotFound::new);
		request.getShifts().size();
		request.getSkills().size();
		request.getPlanNodeIds().size();
		return request;
	}

	public void update(long requestId, long expectedVersion, CurrentUser user, RequestInput input) {
		var request = coordinators.findCoordinated(requestId, user).orElseThrow(RequestNotFound::new);
		if (request.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(VolunteerRequest.class, requestId);
		}
		check(input);
		request.update(input.details());
		request.replaceShifts(input.shifts());
		request.linkToPlan(new LinkedHashSet<>(input.planNodeIds()), scopeOf(input.planNodeIds()));
		if (input.draft() && request.getStatus() == RequestStatus.OPEN) {
			request.changeStatus(RequestStatus.DRAFT);
		}
		if (user.hasRole(jp.manabi.portal.account.Role.STAFF)) {
			audit.record(AuditAction.CHANGE, "volunteer_request", requestId, "edited");
		}
	}

	/** Publish (OPEN), close (CLOSED) or cancel (CANCELLED); a cancelled request stays cancelled. */
	public void changeStatus(long requestId, CurrentUser user, RequestStatus status) {
		var request = coordinators.findCoordinated(requestId, user).orElseThrow(RequestNotFound::new);
		if (request.getStatus() == RequestStatus.CANCELLED || status == RequestStatus.DRAFT) {
			throw new RequestRuleViolation("status", "volunteer.request.rule.statusChange");
		}
		request.changeStatus(status);
		if (user.hasRole(jp.manabi.portal.account.Role.STAFF)) {
			audit.record(AuditAction.CHANGE, "volunteer_request", requestId, "status " + status);
		}
	}

	private long save(VolunteerRequest request, RequestInput input) {
		if (input.draft()) {
			request.changeStatus(RequestStatus.DRAFT);
		}
		request.replaceShifts(input.shifts());
		request.linkToPlan(new LinkedHashSet<>(input.planNodeIds()), scopeOf(input.planNodeIds()));
		return requests.save(request).getId();
	}

	private Set<Long> scopeOf(Set<Long> nodeIds) {
		var scope = new LinkedHashSet<Long>();
		for (long nodeId : nodeIds) {
			var path = plans.path(nodeId);
			if (path.isEmpty()) {
				throw new RequestRuleViolation("planNodeIds", "volunteer.request.rule.unknownPlanNode");
			}
			path.forEach(node -> scope.add(node.id()));
		}
		return scope;
	}

	/** The rules a form cannot be trusted with: real skills, a known area, at least one shift, apply-by in time. */
	void check(RequestInput input) {
		var details = input.details();
		for (var needed : details.skills()) {
			var skill = needed.skillId() == null ? null : skills.findById(needed.skillId()).orElse(null);
			if (skill == null || skill.isGroup() || skill.isArchived() || needed.required() == null) {
				throw new RequestRuleViolation("skills", "volunteer.request.rule.unknownSkill");
			}
		}
		if (!municipality.hasArea(details.areaCode())) {
			throw new RequestRuleViolation("areaCode", "volunteer.request.rule.unknownArea");
		}
		if (input.shifts().isEmpty()) {
			throw new RequestRuleViolation("shifts", "volunteer.request.rule.noShift");
		}
		var first = input.shifts().stream().map(Shift.ShiftTime::date).min(Comparator.naturalOrder()).orElseThrow();
		if (details.applyBy().isAfter(first)) {
			throw new RequestRuleViolation("applyBy", "volunteer.request.rule.applyByAfterFirstShift");
		}
		for (var shift : input.shifts()) {
			if (!shift.endsAt().isAfter(shift.startsAt())) {
				throw new RequestRuleViolation("shifts", "volunteer.request.rule.shiftEndsBeforeStart");
			}
		}
	}
}
