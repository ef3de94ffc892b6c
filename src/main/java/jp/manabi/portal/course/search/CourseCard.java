package jp.manabi.portal.course.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;

/** What a result in the list shows of a course: read once from the entity, then plain data. */
public record CourseCard(long id, String title, String titleEn, String summary, String summaryEn,
		String categoryCode, String categoryJa, String categoryEn, String venueName, String venueNameEn,
		String areaCode, boolean online, int capacity, int feeYen, SelectionMethod selectionMethod, Instant closesAt,
		boolean accepting, boolean opensLater, CourseStatus status, LocalDate firstDate, LocalTime firstStart,
		LocalTime firstEnd, int sessionCount, boolean childcare, boolean evening, boolean weekend,
		boolean easyJapanese, boolean englishSupport, Set<Audience> audiences) {

	static CourseCard of(Course course, Instant now) {
		var sessions = course.getSessions();
		var first = sessions.isEmpty() ? null : sessions.get(0);
		var venue = course.getVenue();
		return new CourseCard(course.getId(), course.getTitle(), course.getTitleEn(), course.getSummary(),
				course.details().summaryEn(), course.getCategory().getCode(), course.getCategory().getNameJa(),
				course.getCategory().getNameEn(), venue == null ? null : venue.getName(),
				venue == null ? null : venue.getNameEn(), venue == null ? null : venue.getAreaCode(),
				course.isOnline(), course.getCapacity(), course.getFeeYen(), course.getSelectionMethod(),
				course.getApplicationClosesAt(), course.isAccepting(now),
				course.getStatus() == CourseStatus.PUBLISHED && now.isBefore(course.getApplicationOpensAt()),
				course.getStatus(), first == null ? null : first.getDate(), first == null ? null : first.getStartsAt(),
				first == null ? null : first.getEndsAt(), sessions.size(), course.isChildcareOffered(),
				course.hasEveningSessions(), course.isOnWeekends(), course.isEasyJapanese(), course.isEnglishSupport(),
				course.getAudiences());
	}

	/** The application deadline as residents read it, in Japan's time. */
	public java.time.LocalDateTime closesAtLocal() {
		return java.time.LocalDateTime.ofInstant(closesAt, Course.ZONE);
	}

	public boolean lottery() {
		return selectionMethod == SelectionMethod.LOTTERY;
	}

	public boolean free() {
		return feeYen == 0;
	}

	public boolean cancelled() {
		return status == CourseStatus.CANCELLED;
	}

	public List<Audience> audienceList() {
		return List.copyOf(audiences);
	}
}
