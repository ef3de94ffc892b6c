package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;

/**
 * Per-session rosters of the people with a place, in furigana order, and attendance: staff mark
 * each person present or absent per session; absences add up to the no-show counts staff see on
 * every list. Viewing, exporting and marking are written to the audit log.
 */
@Service
@Transactional
public class RosterService {

	public static final String AUDIT_SUBJECT = "course_roster";

	/** One session of the course, numbered from 1. */
	public record SessionChoice(long id, int number, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
	}

	/** One person on the roster; {@code present} null while not yet marked for this session. */
	public record RosterRow(long applicationId, boolean takenAtCounter, String name, String furigana, String phone,
			List<Integer> childcareAges, String needs, int noShows, Boolean present) {

		public String childcareText() {
			return childcareAges.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}

		public boolean hasChildcare() {
			return !childcareAges.isEmpty();
		}
	}

	public record Roster(long courseId, String courseTitle, List<SessionChoice> sessions, SessionChoice session,
			List<RosterRow> people) {

		public long presentCount() {
			return people.stream().filter(p -> Boolean.TRUE.equals(p.present())).count();
		}

		public long absentCount() {
			return people.stream().filter(p -> Boolean.FALSE.equals(p.present())).count();
		}

		public long unmarkedCount() {
			return people.stream().filter(p -> p.present() == null).count();
		}
	}

	/** A course without sessions has no roster. */
	public record NoSessions(long courseId, String courseTitle) {
	}

	private final CourseRepository courses;
	private final StaffApplicationRepository applications;
	private final CourseAttendanceRepository attendance;
	private final NoShows noShows;
	private final Accounts accounts;
	private final AuditLog audit;
	private final Clock clock;

	RosterService(CourseRepository courses, StaffApplicationRepository applications,
			CourseAttendanceRepository attendance, NoShows noShows, Accounts accounts, AuditLog audit, Clock clock) {
		this.courses = courses;
		this.applications = applications;
		this.attendance = attendance;
		this.noShows = noShows;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The roster of one session (by default the next one, or the last once all are past). Empty
	 * when the course does not exist or the session is not one of its own.
	 *
	 * @param action {@code VIEW} for the page, {@code EXPORT} for the CSV file
	 */
	public Optional<Roster> roster(long courseId, Long sessionId, AuditAction action) {
		var found = courses.findById(courseId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var course = found.get();
		var sessions = sessions(course);
		var session = sessionId == null ? defaultSession(sessions)
				: sessions.stream().filter(s -> s.id() == sessionId).findFirst();
		if (session.isEmpty()) {
			return Optional.empty();
		}
		var confirmed = applications.confirmedOf(courseId);
		var people = accounts.findAll(confirmed.stream().map(CourseApplication::getAccountId)
				.filter(Objects::nonNull).collect(Collectors.toSet()));
		var absences = noShows.of(confirmed);
		var marks = attendance.findBySessionId(session.get().id()).stream()
				.collect(Collectors.toMap(CourseAttendance::getApplicationId, CourseAttendance::isPresent));
		var rows = confirmed.stream().map(a -> {
			var person = a.getAccountId() == null ? null : people.get(a.getAccountId());
			return new RosterRow(a.getId(), a.isTakenAtCounter(),
					person != null ? person.displayName() : a.getApplicantName(),
					person != null ? person.furigana() : a.getApplicantFurigana(),
					person != null ? person.phone() : a.getApplicantPhone(), a.getChildcareAges(), a.getNeeds(),
					absences.getOrDefault(a.getId(), 0), marks.get(a.getId()));
		}).sorted(Comparator.comparing((RosterRow r) -> PersonKeys.sortKey(r.furigana(), r.name()))
				.thenComparingLong(RosterRow::applicationId)).toList();
		audit.record(action, AUDIT_SUBJECT, session.get().id(), "course=" + courseId + " rows=" + rows.size());
		return Optional.of(new Roster(courseId, course.getTitle(), sessions, session.get(), rows));
	}

	/** The course's title when it has no sessions yet (the page says so instead of a roster). */
	@Transactional(readOnly = true)
	public Optional<NoSessions> withoutSessions(long courseId) {
		return courses.findById(courseId).filter(course -> course.getSessions().isEmpty())
				.map(course -> new NoSessions(courseId, course.getTitle()));
	}

	/**
	 * Saves the marks for one session: application id to present (true) or absent (false); people
	 * left out keep their mark. Every id must be of someone with a place on this course.
	 *
	 * @return false when the session or an application is not this course's (nothing is saved)
	 */
	public boolean markAttendance(long courseId, long sessionId, Map<Long, Boolean> marks, long staff) {
		var course = courses.findById(courseId);
		if (course.isEmpty() || course.get().getSessions().stream().noneMatch(s -> s.getId() == sessionId)) {
			return false;
		}
		var onRoster = applications.confirmedOf(courseId).stream().map(CourseApplication::getId)
				.collect(Collectors.toSet());
		if (!onRoster.containsAll(marks.keySet())) {
			return false;
		}
		Instant now = clock.instant();
		var existing = new HashMap<Long, CourseAttendance>();
		attendance.findBySessionId(sessionId).forEach(mark -> existing.put(mark.getApplicationId(), mark));
		marks.forEach((applicationId, present) -> {
			var mark = existing.get(applicationId);
			if (mark == null) {
				attendance.save(new CourseAttendance(applicationId, sessionId, present, staff, now));
			}
			else if (mark.isPresent() != present) {
				mark.mark(present, staff, now);
			}
		});
		audit.record(AuditAction.CHANGE, "course_attendance", sessionId,
				"course=" + courseId + " marked=" + marks.size());
		return true;
	}

	private static List<SessionChoice> sessions(Course course) {
		var sessions = course.getSessions();
		return java.util.stream.IntStream.range(0, sessions.size()).mapToObj(i -> {
			var s = sessions.get(i);
			return new SessionChoice(s.getId(), i + 1, s.getDate(), s.getStartsAt(), s.getEndsAt());
		}).toList();
	}

	private Optional<SessionChoice> defaultSession(List<SessionChoice> sessions) {
		var today = LocalDate.now(clock.withZone(Course.ZONE));
		return sessions.stream().filter(s -> !s.date().isBefore(today)).findFirst()
				.or(() -> sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(sessions.size() - 1)));
	}
}
