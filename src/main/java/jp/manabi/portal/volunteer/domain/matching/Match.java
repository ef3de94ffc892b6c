package jp.manabi.portal.volunteer.domain.matching;

import java.util.List;

/**
 * A volunteer's fit for a request: the score, why (matched skills, free shifts, area) and what
 * is missing (nice-to-have skills they lack, shifts they cannot do, another area, a heavy recent
 * load). {@code freeShifts} are the shifts they can do, the others those they cannot; shifts they
 * already answered are in neither.
 */
public record Match(Candidate candidate, RequestNeeds needs, int score, List<Reason> reasons, List<Reason> missing,
		List<Long> freeShifts, List<Long> otherShifts) {
}
