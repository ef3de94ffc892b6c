package jp.manabi.portal.volunteer.domain;

import java.time.LocalDate;

/** A request as lists show it, read with SQL: no entity, no lazy loading. */
public record RequestCard(long id, String title, PosterKind posterKind, Long organisationId, Long circleId,
		String place, String areaCode, int numberNeeded, LocalDate applyBy, RequestStatus status,
		LocalDate firstShift, LocalDate lastShift, int shiftCount) {
}
