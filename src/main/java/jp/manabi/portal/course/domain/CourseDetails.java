package jp.manabi.portal.course.domain;

import java.time.Instant;
import java.util.Set;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;

/** Everything staff set on a course except its sessions and status. */
public record CourseDetails(String title, String titleEn, String summary, String summaryEn, String description,
		String categoryCode, OrganizerType organizerType, String organizerName, Long venueId, boolean online,
		int capacity, int feeYen, Instant applicationOpensAt, Instant applicationClosesAt,
		SelectionMethod selectionMethod, Eligibility eligibility, Integer minAge, Integer maxAge,
		boolean childcareOffered, Integer childcareCapacity, Integer childcareMinAge, Integer childcareMaxAge,
		boolean easyJapanese, boolean englishSupport, Set<Audience> audiences) {
}
