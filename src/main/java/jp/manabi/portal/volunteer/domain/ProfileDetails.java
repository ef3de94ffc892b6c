package jp.manabi.portal.volunteer.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a volunteer says about themselves, as the form hands it over, with which parts others
 * may see. The name is never public unless {@code publicName}.
 */
public record ProfileDetails(Set<SkillLevel> skills, boolean canTeach, String expertise, String experience,
		Set<WeeklySlot> availability, Set<LocalDate> unavailableDates, Set<String> areaCodes, boolean publicName,
		boolean publicSkills, boolean publicExpertise, boolean publicExperience, boolean publicAreas) {

	public ProfileDetails {
		skills = Set.copyOf(skills);
		availability = Set.copyOf(availability);
		unavailableDates = Set.copyOf(unavailableDates);
		areaCodes = Set.copyOf(areaCodes);
	}
}
