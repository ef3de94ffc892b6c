package jp.manabi.portal.course.domain.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseDetails;

/**
 * A course from {@code demo/courses.yaml}. Its dates are relative to the day the demo data is
 * loaded, so the demo always has courses that were held, that accept applications now and that
 * open soon.
 *
 * @param venueKey a {@link DemoVenue#key()}, or null for an online-only course
 * @param childcare null when no childcare (託児) is offered
 * @param applyOpensInDays the window opens at 9:00 (Asia/Tokyo) this many days after the load day
 * @param applyClosesInDays the window closes at 17:00 (Asia/Tokyo) this many days after the load day
 * @param planActionCodes codes of plan nodes in {@code db/plans/toshima.yaml} the course serves
 */
public record DemoCourse(String key, String title, String titleEn, String summary, String summaryEn,
		String description, String categoryCode, OrganizerType organizerType, String organizerName, String venueKey,
		boolean online, int capacity, int feeYen, SelectionMethod selectionMethod, Eligibility eligibility,
		Integer minAge, Integer maxAge, Childcare childcare, boolean easyJapanese, boolean englishSupport,
		Set<Audience> audiences, CourseStatus status, String cancelReason, Schedule schedule, int applyOpensInDays,
		int applyClosesInDays, List<String> planActionCodes) {

	static final LocalTime WINDOW_OPENS = LocalTime.of(9, 0);
	static final LocalTime WINDOW_CLOSES = LocalTime.of(17, 0);

	public record Childcare(int capacity, int minAge, int maxAge) {
	}

	/**
	 * @param fromDays the first session is this many days after the load day ...
	 * @param weekday ... or on the first such weekday on or after it (null: no adjustment)
	 * @param slots every session, by days after the first session
	 */
	public record Schedule(int fromDays, DayOfWeek weekday, List<Slot> slots) {

		public LocalDate firstDate(LocalDate loadDay) {
			var date = loadDay.plusDays(fromDays);
			return weekday == null ? date : date.with(TemporalAdjusters.nextOrSame(weekday));
		}
	}

	public record Slot(int day, LocalTime start, LocalTime end) {
	}

	public List<SessionTime> sessionTimes(LocalDate loadDay) {
		var first = schedule.firstDate(loadDay);
		return schedule.slots().stream()
				.map(slot -> new SessionTime(first.plusDays(slot.day()), slot.start(), slot.end())).toList();
	}

	public Instant applicationOpensAt(LocalDate loadDay) {
		return loadDay.plusDays(applyOpensInDays).atTime(WINDOW_OPENS).atZone(Course.ZONE).toInstant();
	}

	public Instant applicationClosesAt(LocalDate loadDay) {
		return loadDay.plusDays(applyClosesInDays).atTime(WINDOW_CLOSES).atZone(Course.ZONE).toInstant();
	}

	public Instant firstSessionStartsAt(LocalDate loadDay) {
		return sessionTimes(loadDay).stream().map(s -> s.date().atTime(s.startsAt()).atZone(Course.ZONE).toInstant())
				.min(Instant::compareTo).orElseThrow();
	}

	public Instant lastSessionEndsAt(LocalDate loadDay) {
		return sessionTimes(loadDay).stream().map(s -> s.date().atTime(s.endsAt()).atZone(Course.ZONE).toInstant())
				.max(Instant::compareTo).orElseThrow();
	}

	/** Title, summary and description, as the catalogue search sees them (English fields aside). */
	public String japaneseText() {
		return title + "\n" + summary + "\n" + description;
	}

	public CourseDetails details(LocalDate loadDay, Long venueId) {
		return new CourseDetails(title, titleEn, summary, summaryEn, description, categoryCode, organizerType,
				organizerName, venueId, online, capacity, feeYen, applicationOpensAt(loadDay),
				applicationClosesAt(loadDay), selectionMethod, eligibility, minAge, maxAge, childcare != null,
				childcare == null ? null : childcare.capacity(), childcare == null ? null : childcare.minAge(),
				childcare == null ? null : childcare.maxAge(), easyJapanese, englishSupport, audiences);
	}
}
