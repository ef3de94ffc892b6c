package jp.manabi.portal.volunteer.domain;

import java.util.List;
import java.util.Set;

/** Everything a poster fills in: the details, the shifts, the plan actions, and whether it is only a draft. */
public record RequestInput(RequestDetails details, List<Shift.ShiftTime> shifts, Set<Long> planNodeIds,
		boolean draft) {

	public RequestInput {
		shifts = List.copyOf(shifts);
		planNodeIds = Set.copyOf(planNodeIds);
	}
}
