package jp.manabi.portal.volunteer.domain;

import java.time.LocalDate;
import java.util.Set;

/** What a poster says about a request, as the form hands it over (shifts and plan links apart). */
public record RequestDetails(String title, String description, String place, String areaCode, int numberNeeded,
		LocalDate applyBy, Set<NeededSkill> skills) {

	public RequestDetails {
		skills = Set.copyOf(skills);
	}
}
