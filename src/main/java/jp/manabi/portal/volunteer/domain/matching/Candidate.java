package jp.manabi.portal.volunteer.domain.matching;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A registered volunteer as matching sees them, compact enough to hold twenty thousand:
 * the levels of the skills that matter (skill id → 1–3), the weekly grid as bits
 * ({@link WeeklyGrid}), the dates they cannot come, the areas they go to, their recent load
 * (hours completed and assignments approved in the last 90 days), and the shifts of the request
 * they already answered (any status but withdrawn).
 */
public record Candidate(long profileId, long accountId, Map<Long, Integer> skills, int availability,
		Set<LocalDate> unavailableDates, Set<String> areas, double recentHours, int recentApprovals,
		Set<Long> assignedShifts) {

	public int level(long skillId) {
		Integer level = skills.get(skillId);
		return level == null ? 0 : level;
	}
}
