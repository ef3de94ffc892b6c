package jp.manabi.portal.volunteer.domain.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Scores how well a volunteer fits a request, and says why. Pure: no database, no clock.
 *
 * <ul>
 * <li>Every required skill must be there, or the volunteer is not a candidate at all. A higher
 * level in a required skill adds a little ({@link #REQUIRED_LEVEL} a level above 1).</li>
 * <li>Each nice-to-have skill adds {@link #NICE_SKILL}, more at a higher level.</li>
 * <li>Availability adds up to {@link #AVAILABILITY}, in proportion to the shifts the volunteer can
 * do: the shift's weekday and time band in their weekly grid, its date not among their dates away.</li>
 * <li>The request's area among theirs adds {@link #AREA}.</li>
 * <li>Recent load takes away up to {@link #MAX_LOAD_PENALTY} (hours completed and assignments
 * approved in the last 90 days), so that the same few people are not always asked first.</li>
 * </ul>
 * Volunteers who already answered every shift (in any status but withdrawn) are not candidates.
 */
public final class MatchScorer {

	static final int BASE = 20;
	static final int REQUIRED_LEVEL = 2;
	static final int NICE_SKILL = 10;
	static final int NICE_LEVEL = 3;
	static final int AVAILABILITY = 30;
	static final int AREA = 15;
	static final int MAX_LOAD_PENALTY = 25;
	static final int PER_APPROVAL = 3;
	static final double HOURS_PER_POINT = 2.0;

	public static final String WHY_REQUIRED = "volunteer.match.why.required";
	public static final String WHY_NICE = "volunteer.match.why.nice";
	public static final String WHY_SHIFT = "volunteer.match.why.shift";
	public static final String WHY_AREA = "volunteer.match.why.area";
	public static final String WHY_NO_LOAD = "volunteer.match.why.noRecentLoad";
	public static final String MISSING_NICE = "volunteer.match.missing.nice";
	public static final String MISSING_SHIFT_WEEK = "volunteer.match.missing.shiftWeek";
	public static final String MISSING_SHIFT_DATE = "volunteer.match.missing.shiftDate";
	public static final String MISSING_AREA = "volunteer.match.missing.area";
	public static final String MISSING_HOURS = "volunteer.match.missing.recentHours";
	public static final String MISSING_APPROVALS = "volunteer.match.missing.recentApprovals";

	/** Best first; equal scores: the lighter recent load first, then the older profile. */
	public static final Comparator<Match> RANKING = Comparator.comparingInt(Match::score).reversed()
			.thenComparingDouble(m -> m.candidate().recentHours())
			.thenComparingInt(m -> m.candidate().recentApprovals())
			.thenComparingLong(m -> m.candidate().profileId());

	public Optional<Match> score(RequestNeeds needs, Candidate candidate) {
		for (long skill : needs.required()) {
			if (candidate.level(skill) == 0) {
				return Optional.empty();
			}
		}
		var open = new ArrayList<ShiftSlot>(needs.shifts().size());
		for (var shift : needs.shifts()) {
			if (!candidate.assignedShifts().contains(shift.shiftId())) {
				open.add(shift);
			}
		}
		if (!needs.shifts().isEmpty() && open.isEmpty()) {
			return Optional.empty();
		}

		var reasons = new ArrayList<Reason>();
		var missing = new ArrayList<Reason>();
		int score = BASE;
		for (long skill : sorted(needs.required())) {
			int level = candidate.level(skill);
			score += REQUIRED_LEVEL * (level - 1);
			reasons.add(new Reason(WHY_REQUIRED, skill, level));
		}
		for (long skill : sorted(needs.nice())) {
			int level = candidate.level(skill);
			if (level > 0) {
				score += NICE_SKILL + NICE_LEVEL * (level - 1);
				reasons.add(new Reason(WHY_NICE, skill, level));
			}
			else {
				missing.add(new Reason(MISSING_NICE, skill, null));
			}
		}

		var free = new ArrayList<Long>();
		var other = new ArrayList<Long>();
		for (var shift : open) {
			if (candidate.unavailableDates().contains(shift.date())) {
				other.add(shift.shiftId());
				missing.add(new Reason(MISSING_SHIFT_DATE, shift.shiftId(), null));
			}
			else if (!WeeklyGrid.has(candidate.availability(), shift.cell())) {
				other.add(shift.shiftId());
				missing.add(new Reason(MISSING_SHIFT_WEEK, shift.shiftId(), null));
			}
			else {
				free.add(shift.shiftId());
				reasons.add(new Reason(WHY_SHIFT, shift.shiftId(), null));
			}
		}
		if (!open.isEmpty()) {
			score += Math.round((float) AVAILABILITY * free.size() / open.size());
		}

		if (candidate.areas().contains(needs.areaCode())) {
			score += AREA;
			reasons.add(Reason.of(WHY_AREA));
		}
		else {
			missing.add(Reason.of(MISSING_AREA));
		}

		int penalty = loadPenalty(candidate);
		score -= penalty;
		if (candidate.recentHours() == 0 && candidate.recentApprovals() == 0) {
			reasons.add(Reason.of(WHY_NO_LOAD));
		}
		else {
			if (candidate.recentHours() > 0) {
				missing.add(new Reason(MISSING_HOURS, null, candidate.recentHours()));
			}
			if (candidate.recentApprovals() > 0) {
				missing.add(new Reason(MISSING_APPROVALS, null, candidate.recentApprovals()));
			}
		}
		return Optional.of(new Match(candidate, needs, Math.max(0, score), reasons, missing, free, other));
	}

	/** The {@code limit} best candidates, best first. Keeps only that many in memory while it goes. */
	public List<Match> rank(RequestNeeds needs, Collection<Candidate> candidates, int limit) {
		var worstFirst = new PriorityQueue<Match>(Math.max(1, limit + 1), RANKING.reversed());
		for (var candidate : candidates) {
			score(needs, candidate).ifPresent(match -> {
				worstFirst.add(match);
				if (worstFirst.size() > limit) {
					worstFirst.poll();
				}
			});
		}
		var best = new ArrayList<>(worstFirst);
		best.sort(RANKING);
		return best;
	}

	static int loadPenalty(Candidate candidate) {
		double points = candidate.recentHours() / HOURS_PER_POINT + PER_APPROVAL * candidate.recentApprovals();
		return (int) Math.min(MAX_LOAD_PENALTY, Math.round(points));
	}

	private static List<Long> sorted(Collection<Long> ids) {
		var list = new ArrayList<>(ids);
		list.sort(null);
		return list;
	}
}
