package jp.manabi.portal.volunteer.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.volunteer.ProfileEvents.ProfileApproved;
import jp.manabi.portal.volunteer.ProfileEvents.ProfileReturned;
import jp.manabi.portal.volunteer.ProfileEvents.ProfileSubmitted;

/**
 * A resident's entry in the talent bank and its review: register (登録申請), edit, withdraw and
 * register again; staff approve (登録) or return it with a comment (差戻し). Every step names the
 * version the page showed, so neither two staff nor staff and the volunteer overwrite each other.
 */
@Service
@Transactional
public class ProfileService {

	static final String SUBJECT = "volunteer-profile";

	public static final int MAX_UNAVAILABLE_DATES = 20;
	public static final int MAX_COMMENT = 2000;

	private final VolunteerProfileRepository profiles;
	private final SkillRepository skills;
	private final Accounts accounts;
	private final MunicipalityProperties municipality;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProfileService(VolunteerProfileRepository profiles, SkillRepository skills, Accounts accounts,
			MunicipalityProperties municipality, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.profiles = profiles;
		this.skills = skills;
		this.accounts = accounts;
		this.municipality = municipality;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The account's own profile, with its collections loaded (pages render after the transaction). */
	@Transactional(readOnly = true)
	public Optional<VolunteerProfile> mine(long accountId) {
		return profiles.findByAccountId(accountId).map(ProfileService::loaded);
	}

	/**
	 * Registers the account as a volunteer (登録申請). Someone who withdrew registers again on the
	 * same profile, which goes back to the review queue.
	 */
	public long register(long accountId, ProfileDetails details) {
		check(details, Set.of());
		var existing = profiles.findByAccountId(accountId);
		VolunteerProfile profile;
		if (existing.isPresent()) {
			profile = existing.get();
			if (profile.getStatus() != ProfileStatus.WITHDRAWN) {
				throw new ProfileRefused("action", "volunteer.profile.error.alreadyRegistered");
			}
			profile.update(withArchivedKept(profile, details));
			profile.resubmit();
		}
		else {
			profile = profiles.save(new VolunteerProfile(accountId, details));
		}
		events.publishEvent(new ProfileSubmitted(profile.getId(), accountId));
		return profile.getId();
	}

	/**
	 * The volunteer changes their profile. A registered one stays registered; a returned one goes
	 * back to staff (APPLIED). Skills archived since they were chosen are kept.
	 */
	public void update(long accountId, long expectedVersion, ProfileDetails details) {
		var profile = profiles.findByAccountId(accountId).orElseThrow(ProfileNotFound::new);
		expect(profile, expectedVersion);
		if (profile.getStatus() == ProfileStatus.WITHDRAWN) {
			throw new ProfileRefused("action", "volunteer.profile.error.withdrawn");
		}
		var kept = profile.getSkills().stream().map(SkillLevel::skillId).collect(java.util.stream.Collectors.toSet());
		check(details, kept);
		profile.update(withArchivedKept(profile, details));
		if (profile.getStatus() == ProfileStatus.RETURNED) {
			profile.resubmit();
			events.publishEvent(new ProfileSubmitted(profile.getId(), accountId));
		}
	}

	public void withdraw(long accountId, long expectedVersion) {
		var profile = profiles.findByAccountId(accountId).orElseThrow(ProfileNotFound::new);
		expect(profile, expectedVersion);
		if (profile.getStatus() == ProfileStatus.WITHDRAWN) {
			throw new ProfileRefused("action", "volunteer.profile.error.withdrawn");
		}
		profile.withdraw();
	}

	// Staff review.

	/** What the staff page shows; the name and contact are personal data, so every view is logged. */
	public record StaffView(VolunteerProfile profile, AccountSummary person) {
	}

	public Optional<StaffView> view(long profileId) {
		var profile = profiles.findById(profileId).map(ProfileService::loaded);
		if (profile.isEmpty()) {
			return Optional.empty();
		}
		var person = accounts.find(profile.get().getAccountId()).orElse(null);
		audit.record(AuditAction.VIEW, SUBJECT, profileId, "volunteer profile with name and contact");
		return Optional.of(new StaffView(profile.get(), person));
	}

	public void approve(long profileId, long expectedVersion) {
		var profile = forReview(profileId, expectedVersion);
		profile.register(clock.instant());
		audit.record(AuditAction.ADMIN, SUBJECT, profileId, "approved");
		events.publishEvent(new ProfileApproved(profileId, profile.getAccountId()));
	}

	public void returnWithComment(long profileId, long expectedVersion, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new ProfileRefused("comment", "jakarta.validation.constraints.NotBlank.message");
		}
		if (comment.length() > MAX_COMMENT) {
			throw new ProfileRefused("comment", "volunteer.admin.error.tooLong", MAX_COMMENT);
		}
		var profile = forReview(profileId, expectedVersion);
		profile.returnWithComment(comment.strip());
		audit.record(AuditAction.ADMIN, SUBJECT, profileId, "returned");
		events.publishEvent(new ProfileReturned(profileId, profile.getAccountId(), profile.getReviewComment()));
	}

	private VolunteerProfile forReview(long profileId, long expectedVersion) {
		var profile = profiles.findById(profileId).orElseThrow(ProfileNotFound::new);
		expect(profile, expectedVersion);
		if (!EnumSet.of(ProfileStatus.APPLIED).contains(profile.getStatus())) {
			throw new ProfileRefused("review", "volunteer.admin.error.notNow");
		}
		return profile;
	}

	private static void expect(VolunteerProfile profile, long expectedVersion) {
		if (profile.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(VolunteerProfile.class, profile.getId());
		}
	}

	/**
	 * The rules a form cannot be trusted with: skills exist, are offered (or were already on the
	 * profile) and have a level 1–3; areas are the municipality's; not too many dates.
	 */
	private void check(ProfileDetails details, Set<Long> alreadyChosen) {
		var known = new java.util.HashMap<Long, Skill>();
		skills.findAllById(details.skills().stream().map(SkillLevel::skillId).toList())
				.forEach(s -> known.put(s.getId(), s));
		for (var chosen : details.skills()) {
			var skill = known.get(chosen.skillId());
			boolean offered = skill != null && !skill.isGroup()
					&& (alreadyChosen.contains(skill.getId()) || !skill.isArchived() && !skill.getParent().isArchived());
			if (!offered) {
				throw new ProfileRefused("skills", "volunteer.profile.error.unknownSkill");
			}
			if (chosen.level() == null || chosen.level() < SkillLevel.MIN || chosen.level() > SkillLevel.MAX) {
				throw new ProfileRefused("skills", "volunteer.profile.error.level");
			}
		}
		for (var area : details.areaCodes()) {
			if (!municipality.hasArea(area)) {
				throw new ProfileRefused("areas", "volunteer.profile.error.area");
			}
		}
		if (details.unavailableDates().size() > MAX_UNAVAILABLE_DATES) {
			throw new ProfileRefused("unavailableDates", "volunteer.profile.error.tooManyDates", MAX_UNAVAILABLE_DATES);
		}
	}

	/** Skills archived after the volunteer chose them are not on the form; they stay on the profile. */
	private ProfileDetails withArchivedKept(VolunteerProfile profile, ProfileDetails details) {
		var archived = new HashSet<Long>();
		skills.findAllById(profile.getSkills().stream().map(SkillLevel::skillId).toList()).stream()
				.filter(s -> s.isArchived() || s.getParent() != null && s.getParent().isArchived())
				.forEach(s -> archived.add(s.getId()));
		var chosenIds = details.skills().stream().map(SkillLevel::skillId).collect(java.util.stream.Collectors.toSet());
		var merged = new HashSet<>(details.skills());
		profile.getSkills().stream().filter(s -> archived.contains(s.skillId()) && !chosenIds.contains(s.skillId()))
				.forEach(merged::add);
		return new ProfileDetails(merged, details.canTeach(), details.expertise(), details.experience(),
				details.availability(), details.unavailableDates(), details.areaCodes(), details.publicName(),
				details.publicSkills(), details.publicExpertise(), details.publicExperience(), details.publicAreas());
	}

	static VolunteerProfile loaded(VolunteerProfile profile) {
		profile.getSkills().size();
		profile.getAvailability().size();
		profile.getUnavailableDates().size();
		profile.getAreaCodes().size();
		return profile;
	}
}
