package jp.manabi.portal.report.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * One event of the open-data files: a course's session or a circle's public event. Only what the
 * portal already shows to anyone: no applicants, no counts, no leaders' contacts.
 */
record OpenEvent(
		/** Stable across regenerations: {@code course-<id>-session-<n>} or {@code circle-event-<id>}. */
		String id,
		Kind kind,
		/** The id the calendar files use for the same event, so importing both does not duplicate it. */
		String calendarUid,
		String name,
		String nameEn,
		LocalDate date,
		LocalTime startsAt,
		LocalTime endsAt,
		/** 1-based session number and the course's number of sessions; 1 of 1 for circle events. */
		int sessionNumber,
		int sessionCount,
		String description,
		int feeYen,
		String organizer,
		String placeName,
		/** 方書: the room within the place. */
		String room,
		String address,
		String access,
		boolean online,
		Integer capacity,
		Instant applicationOpensAt,
		Instant applicationClosesAt,
		String url,
		/** Offered support, as words for 備考 (託児あり…). */
		List<String> notes) {

	static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	enum Kind {
		COURSE, CIRCLE_EVENT
	}

	Instant start() {
		return date.atTime(startsAt).atZone(ZONE).toInstant();
	}

	Instant end() {
		return date.atTime(endsAt).atZone(ZONE).toInstant();
	}
}
