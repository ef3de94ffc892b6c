package jp.manabi.portal.volunteer.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.shared.time.TimeBand;

/**
 * Volunteers, organisations and requests for the participation tests, built straight through the
 * entities and repositories (the profile and request services belong to other work): a
 * registered profile, a request with a past and an upcoming shift, assignments in any status.
 */
@Component
public class WorkTestData {

	private final VolunteerProfileRepository profiles;
	private final VolunteerRequestRepository requests;
	private final OrganisationRepository organisations;
	private final AssignmentRepository assignments;
	private final ShiftRepository shifts;
	private final SkillRepository skills;
	private final Clock clock;

	WorkTestData(VolunteerProfileRepository profiles, VolunteerRequestRepository requests,
			OrganisationRepository organisations, AssignmentRepository assignments, ShiftRepository shifts,
			SkillRepository skills, Clock clock) {
		this.profiles = profiles;
		this.requests = requests;
		this.organisations = organisations;
		this.assignments = assignments;
		this.shifts = shifts;
		this.skills = skills;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ParticipationService.ZONE);
	}

	/** A registered profile: English (level 2), expertise and experience; nothing public but the skills. */
	@Transactional
	public long registeredProfile(long accountId) {
		return profile(accountId, false, true);
	}

	@Transactional
	public long profile(long accountId, boolean publicName, boolean registered) {
		var english = skills.findByCode("english").orElseThrow();
		var profile = new VolunteerProfile(accountId, new ProfileDetails(Set.of(new SkillLevel(english.getId(), 2)),
				true, "英語の通訳（非公開の得意分野）", "国際交流協会で10年（非公開の経験）",
				Set.of(new WeeklySlot(6, TimeBand.MORNING)), Set.of(), Set.of("mejiro"), publicName, true, false,
				false, false));
		if (registered) {
			profile.register(Instant.now());
		}
		return profiles.save(profile).getId();
	}

	@Transactional
	public long organisation(long accountId, String name) {
		return organisations.save(new Organisation(name, OrganisationKind.SCHOOL, accountId)).getId();
	}

	/** A request's ids: itself, then its shifts in date order. */
	public record Posted(long requestId, List<Long> shiftIds) {

		public long shift(int index) {
			return shiftIds.get(index);
		}
	}

	/** By staff, open, with a shift 3 days ago (needs 2) and one in 10 days (needs {@code needed}). */
	@Transactional
	public Posted staffRequest(long staffId, String title, int needed) {
		return save(VolunteerRequest.byStaff(staffId, details(title)), needed);
	}

	@Transactional
	public Posted organisationRequest(long organisationId, long accountId, String title) {
		return save(VolunteerRequest.byOrganisation(organisationId, accountId, details(title)), 3);
	}

	@Transactional
	public Posted circleRequest(long circleId, long leaderId, String title) {
		return save(VolunteerRequest.byCircle(circleId, leaderId, details(title)), 3);
	}

	/** Links the request to plan nodes with the given scope (nodes and ancestors). */
	@Transactional
	public void link(long requestId, Set<Long> nodes, Set<Long> scope) {
		requests.findById(requestId).orElseThrow().linkToPlan(nodes, scope);
	}

	@Transactional
	public void changeStatus(long requestId, RequestStatus status) {
		requests.findById(requestId).orElseThrow().changeStatus(status);
	}

	/** An assignment straight into a status (hours only for COMPLETED). */
	@Transactional
	public long assignment(long shiftId, long profileId, AssignmentStatus status, BigDecimal hours) {
		var shift = shifts.findById(shiftId).orElseThrow();
		var assignment = Assignment.applied(shift, profileId, "よろしくお願いします");
		if (status == AssignmentStatus.COMPLETED) {
			assignment.complete(hours, 1L, Instant.now());
		}
		else if (status != AssignmentStatus.APPLIED) {
			assignment.decide(status, null, Instant.now());
		}
		return assignments.save(assignment).getId();
	}

	@Transactional(readOnly = true)
	public AssignmentStatus status(long assignmentId) {
		return assignments.findById(assignmentId).orElseThrow().getStatus();
	}

	@Transactional(readOnly = true)
	public Assignment assignmentOf(long shiftId, long profileId) {
		return assignments.findByShiftIdAndProfileId(shiftId, profileId).orElse(null);
	}

	@Transactional(readOnly = true)
	public long approvedOn(long shiftId) {
		return assignments.countByShiftAndStatusIn(shiftId, AssignmentStatus.HOLDING_A_PLACE);
	}

	private Posted save(VolunteerRequest request, int needed) {
		var today = today();
		request.replaceShifts(List.of(new Shift.ShiftTime(today.minusDays(3), LocalTime.of(9, 0), LocalTime.of(12, 0), 2),
				new Shift.ShiftTime(today.plusDays(10), LocalTime.of(13, 0), LocalTime.of(16, 0), needed)));
		var saved = requests.saveAndFlush(request);
		var ids = new ArrayList<Long>();
		saved.getShifts().forEach(s -> ids.add(s.getId()));
		return new Posted(saved.getId(), ids);
	}

	private RequestDetails details(String title) {
		return new RequestDetails(title, "小学校の英語の授業を手伝ってください。", "区立池袋小学校", "ikebukuro", 3,
				today().plusDays(7), Set.of());
	}
}
