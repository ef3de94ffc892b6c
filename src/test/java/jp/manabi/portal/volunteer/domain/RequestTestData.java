package jp.manabi.portal.volunteer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Volunteers and requests for tests, made straight through the entities; in this package so it
 * may register a profile as the staff review would.
 */
@Component
public class RequestTestData {

	private final VolunteerProfileRepository profiles;
	private final VolunteerRequestRepository requests;
	private final OrganisationRepository organisations;
	private final SkillRepository skills;
	private final TransactionTemplate transactions;

	RequestTestData(VolunteerProfileRepository profiles, VolunteerRequestRepository requests,
			OrganisationRepository organisations, SkillRepository skills, TransactionTemplate transactions) {
		this.profiles = profiles;
		this.requests = requests;
		this.organisations = organisations;
		this.skills = skills;
		this.transactions = transactions;
	}

	public long skill(String code) {
		return skills.findByCode(code).orElseThrow().getId();
	}

	/**
	 * A REGISTERED volunteer with these skills (code → level), free on these weekly slots, going to
	 * these areas.
	 */
	public long registeredVolunteer(long accountId, Map<String, Integer> skillLevels, Set<WeeklySlot> availability,
			Set<String> areas) {
		return transactions.execute(tx -> {
			var levels = new HashSet<SkillLevel>();
			skillLevels.forEach((code, level) -> levels.add(new SkillLevel(skill(code), level)));
			var profile = new VolunteerProfile(accountId, new ProfileDetails(levels, false, "", "", availability,
					Set.of(), areas, false, true, false, false, false));
			profile.register(Instant.now());
			return profiles.save(profile).getId();
		});
	}

	public long organisation(String name, long accountId) {
		return transactions.execute(tx -> organisations.save(new Organisation(name, OrganisationKind.SCHOOL, accountId))
				.getId());
	}

	/** An OPEN staff request with shifts on these dates (10:00–12:00, 2 people) and these skills. */
	public long staffRequest(long staffId, String title, Map<String, Boolean> skillsRequired, List<LocalDate> dates,
			String area) {
		return transactions.execute(tx -> {
			var needed = new HashSet<NeededSkill>();
			skillsRequired.forEach((code, required) -> needed.add(new NeededSkill(skill(code), required)));
			var request = VolunteerRequest.byStaff(staffId, new RequestDetails(title, "テストの募集です。", "区民センター", area,
					dates.size() * 2, dates.get(0).minusDays(1), needed));
			request.replaceShifts(dates.stream()
					.map(d -> new Shift.ShiftTime(d, LocalTime.of(10, 0), LocalTime.of(12, 0), 2)).toList());
			return requests.save(request).getId();
		});
	}

	public void changeStatus(long requestId, RequestStatus status) {
		transactions.executeWithoutResult(tx -> requests.findById(requestId).orElseThrow().changeStatus(status));
	}
}
