package jp.manabi.portal.volunteer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.manabi.portal.volunteer.domain.matching.WeeklyGrid;

/**
 * A resident's entry in the talent bank (人材バンク). The account is kept by id: the name and
 * contact details stay in the account module, shown only to staff and, where the volunteer
 * allowed it, to others.
 */
@Entity
@Table(name = "volunteer_profile")
public class VolunteerProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private ProfileStatus status = ProfileStatus.APPLIED;

	private String reviewComment;

	private boolean canTeach;

	private String expertise = "";

	private String experience = "";

	private boolean publicName;

	private boolean publicSkills = true;

	private boolean publicExpertise;

	private boolean publicExperience;

	private boolean publicAreas;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "volunteer_profile_skill", joinColumns = @JoinColumn(name = "profile_id"))
	private Set<SkillLevel> skills = new HashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "volunteer_availability", joinColumns = @JoinColumn(name = "profile_id"))
	private Set<WeeklySlot> availability = new HashSet<>();

	/** The same grid as one bit mask (WeeklyGrid's layout), which matching reads instead of the rows. */
	private int availabilityGrid;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "volunteer_unavailable_date", joinColumns = @JoinColumn(name = "profile_id"))
	@Column(name = "day")
	private Set<LocalDate> unavailableDates = new HashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "volunteer_area", joinColumns = @JoinColumn(name = "profile_id"))
	@Column(name = "area_code")
	private Set<String> areaCodes = new HashSet<>();

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	private Instant approvedAt;

	protected VolunteerProfile() {
	}

	public VolunteerProfile(long accountId, ProfileDetails details) {
		this.accountId = accountId;
		update(details);
	}

	public final void update(ProfileDetails details) {
		replace(skills, details.skills());
		this.canTeach = details.canTeach();
		this.expertise = details.expertise() == null ? "" : details.expertise();
		this.experience = details.experience() == null ? "" : details.experience();
		replace(availability, details.availability());
		this.availabilityGrid = details.availability().stream().mapToInt(s -> WeeklyGrid.bit(s.day(), s.timeBand()))
				.reduce(0, (a, b) -> a | b);
		replace(unavailableDates, details.unavailableDates());
		replace(areaCodes, details.areaCodes());
		this.publicName = details.publicName();
		this.publicSkills = details.publicSkills();
		this.publicExpertise = details.publicExpertise();
		this.publicExperience = details.publicExperience();
		this.publicAreas = details.publicAreas();
	}

	/** Changes the set in place, so Hibernate writes only the rows that changed. */
	private static <T> void replace(Set<T> current, Set<T> wanted) {
		current.retainAll(wanted);
		current.addAll(wanted);
	}

	public ProfileDetails details() {
		return new ProfileDetails(skills, canTeach, expertise, experience, availability, unavailableDates, areaCodes,
				publicName, publicSkills, publicExpertise, publicExperience, publicAreas);
	}

	// Review: the review service decides who may do this and when.

	void register(Instant at) {
		this.status = ProfileStatus.REGISTERED;
		this.reviewComment = null;
		if (approvedAt == null) {
			this.approvedAt = at;
		}
	}

	void returnWithComment(String comment) {
		this.status = ProfileStatus.RETURNED;
		this.reviewComment = comment;
	}

	void resubmit() {
		this.status = ProfileStatus.APPLIED;
	}

	void withdraw() {
		this.status = ProfileStatus.WITHDRAWN;
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public long getAccountId() {
		return accountId;
	}

	public ProfileStatus getStatus() {
		return status;
	}

	public String getReviewComment() {
		return reviewComment;
	}

	public boolean isCanTeach() {
		return canTeach;
	}

	public String getExpertise() {
		return expertise;
	}

	public String getExperience() {
		return experience;
	}

	public boolean isPublicName() {
		return publicName;
	}

	public boolean isPublicSkills() {
		return publicSkills;
	}

	public boolean isPublicExpertise() {
		return publicExpertise;
	}

	public boolean isPublicExperience() {
		return publicExperience;
	}

	public boolean isPublicAreas() {
		return publicAreas;
	}

	public Set<SkillLevel> getSkills() {
		return Collections.unmodifiableSet(skills);
	}

	public Set<WeeklySlot> getAvailability() {
		return Collections.unmodifiableSet(availability);
	}

	public Set<LocalDate> getUnavailableDates() {
		return Collections.unmodifiableSet(unavailableDates);
	}

	public Set<String> getAreaCodes() {
		return Collections.unmodifiableSet(areaCodes);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}
}
