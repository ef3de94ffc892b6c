package jp.manabi.portal.volunteer.domain.matching;

import java.util.List;
import java.util.Set;

/**
 * What a request asks of a volunteer: the skills it requires (all of them) and would like, its
 * area, and its shifts still to come.
 */
public record RequestNeeds(long requestId, Set<Long> required, Set<Long> nice, String areaCode,
		List<ShiftSlot> shifts) {

	public RequestNeeds {
		required = Set.copyOf(required);
		nice = Set.copyOf(nice);
		shifts = List.copyOf(shifts);
	}
}
