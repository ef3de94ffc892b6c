package jp.manabi.portal.volunteer.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.shared.MunicipalityProperties;

/**
 * A request's applicants and invitees per shift, as its coordinators see them. Staff see the
 * volunteer's name and contact (each view is audited); an organisation or a circle leader sees
 * only what the volunteer made public — the name only if they chose so, never email or phone —
 * and the message the volunteer wrote to them.
 */
@Service
@Transactional
public class AssignmentBoard {

	private final RequestCoordinators coordinators;
	private final VolunteerRequestRepository requests;
	private final VolunteerProfileRepository profiles;
	private final SkillRepository skills;
	private final ParticipationNames names;
	private final Accounts accounts;
	private final MunicipalityProperties municipality;
	private final AuditLog audit;
	private final EntityManager entityManager;
	private final Clock clock;

	AssignmentBoard(RequestCoordinators coordinators, VolunteerRequestRepository requests,
			VolunteerProfileRepository profiles, SkillRepository skills, ParticipationNames names, Accounts accounts,
			MunicipalityProperties municipality, AuditLog audit, EntityManager entityManager, Clock clock) {
		this.coordinators = coordinators;
		this.requests = requests;
		this.profiles = profiles;
		this.skills = skills;
		this.names = names;
		this.accounts = accounts;
		this.municipality = municipality;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * A volunteer as the coordinator may see them. Null fields are not shown: {@code name} null
	 * means "登録者 No.{profileId}"; {@code email}, {@code phone} and {@code furigana} are only
	 * ever filled for staff.
	 */
	public record Volunteer(long profileId, String name, String furigana, String email, String phone,
			List<SkillShown> skills, String expertise, String experience, List<String> areas) {
	}

	/** A skill by name with its level (1–3, words in the shared bundle). */
	public record SkillShown(String name, int level) {
	}

	public record Applicant(long assignmentId, AssignmentStatus status, boolean invited, String message,
			BigDecimal hours, Volunteer volunteer) {

		public boolean mayApprove() {
			return status == AssignmentStatus.APPLIED;
		}
	}

	public record ShiftRow(Shift shift, long taken, boolean started, List<Applicant> applicants) {

		public long placesLeft() {
			return Math.max(0, shift.getNeeded() - taken);
		}
	}

	public record Board(VolunteerRequest request, String organiser, List<ShiftRow> shifts) {
	}

	/**
	 * The board if the user coordinates the request; {@code asStaff} (the /admin path) shows
	 * names and contact and is audited.
	 */
	public java.util.Optional<Board> board(long requestId, CurrentUser user, boolean asStaff, Locale locale) {
		var found = coordinators.findCoordinated(requestId, user);
		if (found.isEmpty()) {
			return java.util.Optional.empty();
		}
		var request = requests.findWithShifts(requestId).orElseThrow();
		var all = entityManager.createQuery("""
				select a from Assignment a join fetch a.shift s
				where s.request.id = :requestId order by a.createdAt, a.id""", Assignment.class)
				.setParameter("requestId", requestId).getResultList();
		var profileById = profiles.findAllById(all.stream().map(Assignment::getProfileId).distinct().toList())
				.stream().collect(Collectors.toMap(VolunteerProfile::getId, Function.identity()));
		Map<Long, AccountSummary> people = accounts.findAll(profileById.values().stream()
				.filter(p -> asStaff || p.isPublicName()).map(VolunteerProfile::getAccountId).toList());
		var skillNames = skills.findAll().stream().collect(Collectors.toMap(Skill::getId, s -> s.name(locale)));
		var now = clock.instant();
		var rows = new ArrayList<ShiftRow>();
		for (var shift : request.getShifts()) {
			var applicants = all.stream().filter(a -> a.getShift().getId().equals(shift.getId()))
					.sorted(Comparator.comparing((Assignment a) -> order(a.getStatus())))
					.map(a -> new Applicant(a.getId(), a.getStatus(), a.getInvitedBy() != null, a.getMessage(),
							a.getHours(), volunteer(profileById.get(a.getProfileId()), people, skillNames, asStaff,
									locale)))
					.toList();
			long taken = all.stream().filter(a -> a.getShift().getId().equals(shift.getId()))
					.filter(a -> a.getStatus().holdsAPlace()).count();
			rows.add(new ShiftRow(shift, taken, ParticipationService.started(shift, now), applicants));
		}
		if (asStaff && !all.isEmpty()) {
			audit.record(AuditAction.VIEW, "volunteer_assignment", requestId,
					"applicants of request " + requestId + " (" + profileById.size() + " volunteers)");
		}
		return java.util.Optional.of(new Board(request, names.organiser(request), rows));
	}

	/** The request's id if it is the circle's (for the circle leaders' address). */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> requestOfCircle(long requestId, long circleId) {
		return requests.findById(requestId).filter(r -> Long.valueOf(circleId).equals(r.getCircleId()))
				.map(VolunteerRequest::getId);
	}

	/** Those waiting for a decision first, then approved, then done, then the rest. */
	private static int order(AssignmentStatus status) {
		return switch (status) {
			case APPLIED -> 0;
			case INVITED -> 1;
			case APPROVED -> 2;
			case COMPLETED -> 3;
			case ABSENT -> 4;
			case DECLINED -> 5;
			case WITHDRAWN -> 6;
		};
	}

	private Volunteer volunteer(VolunteerProfile profile, Map<Long, AccountSummary> people,
			Map<Long, String> skillNames, boolean asStaff, Locale locale) {
		var person = people.get(profile.getAccountId());
		boolean showName = (asStaff || profile.isPublicName()) && person != null;
		List<SkillShown> skillList = asStaff || profile.isPublicSkills()
				? profile.getSkills().stream().sorted(Comparator.comparing(SkillLevel::skillId))
						.map(s -> new SkillShown(skillNames.getOrDefault(s.skillId(), ""), s.level())).toList()
				: List.of();
		List<String> areas = asStaff || profile.isPublicAreas()
				? profile.getAreaCodes().stream().sorted().map(code -> municipality.area(code)
						.map(a -> a.name(locale)).orElse(code)).toList()
				: List.of();
		return new Volunteer(profile.getId(), showName ? person.displayName() : null,
				asStaff && person != null ? person.furigana() : null, asStaff && person != null ? person.email() : null,
				asStaff && person != null ? person.phone() : null, skillList,
				asStaff || profile.isPublicExpertise() ? blankToNull(profile.getExpertise()) : null,
				asStaff || profile.isPublicExperience() ? blankToNull(profile.getExperience()) : null, areas);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
