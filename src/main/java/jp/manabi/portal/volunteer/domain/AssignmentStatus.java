package jp.manabi.portal.volunteer.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * 応募 / 招待 → 承認 / 見送り → 完了 (hours logged) / 欠席; or withdrawn by the volunteer.
 * APPROVED and COMPLETED hold one of the shift's places.
 */
public enum AssignmentStatus {
	APPLIED, INVITED, APPROVED, DECLINED, COMPLETED, ABSENT, WITHDRAWN;

	public static final Set<AssignmentStatus> HOLDING_A_PLACE = EnumSet.of(APPROVED, COMPLETED);

	public boolean holdsAPlace() {
		return HOLDING_A_PLACE.contains(this);
	}
}
