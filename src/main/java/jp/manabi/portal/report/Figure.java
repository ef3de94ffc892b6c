package jp.manabi.portal.report;

/**
 * Every figure the plan roll-up computes per plan node and fiscal year (April–March, Japan time).
 * What each one counts, precisely (docs/progress-management.md says the same for readers):
 *
 * <p><b>Courses</b> — the year's courses are those with status HELD or PUBLISHED whose last
 * session ended within the fiscal year (drafts and cancelled courses never count; a course counts
 * in the year it finished, once).
 * <ul>
 * <li>{@link #COURSES_HELD}: those courses.</li>
 * <li>{@link #SESSIONS_HELD}: all sessions of those courses.</li>
 * <li>{@link #APPLICATIONS}: every application to those courses whatever became of it (entered,
 * offered, confirmed, waiting or cancelled): the demand.</li>
 * <li>{@link #CONFIRMED_PLACES}: applications to those courses that are CONFIRMED.</li>
 * <li>{@link #PARTICIPANTS}: confirmed applications marked present at one session at least; a
 * person counts once per course, and the courses' numbers are added up.</li>
 * <li>{@link #ATTENDANCE_RATE}: participants ÷ confirmed places, in percent.</li>
 * <li>{@link #SATISFACTION_AVERAGE}: the mean satisfaction (1–5) of all survey answers of those
 * courses (every answer weighs the same); {@link #SATISFACTION_RESPONSES}: how many answers.</li>
 * <li>{@link #EVENING_WEEKEND_SHARE}: percent of the courses with a session starting at 17:00 or
 * later or held on a Saturday or Sunday; {@link #CHILDCARE_SHARE}: offering childcare;
 * {@link #FOREIGN_RESIDENTS_SHARE}: with foreign residents among their audiences;
 * {@link #EASY_JAPANESE_SHARE}: taught in やさしい日本語.</li>
 * </ul>
 * <b>Circles</b>
 * <ul>
 * <li>{@link #CIRCLES_REGISTERED}: circles that were ever approved (now registered, suspended or
 * dissolved) whose registration covered part of the year: approved before its end and valid until
 * its first day or later.</li>
 * <li>{@link #CIRCLES_ACTIVE}: circles that reported an activity held within the year.</li>
 * <li>{@link #CIRCLE_ACTIVITIES}: days of activity reported (two reports of one circle's day are
 * one activity); {@link #CIRCLE_PARTICIPANTS}: participants those reports give, added up.</li>
 * </ul>
 * <b>Volunteering</b> (by the shift's date; draft and cancelled requests never count)
 * <ul>
 * <li>{@link #VOLUNTEER_REQUESTS}: requests with a shift in the year.</li>
 * <li>{@link #VOLUNTEERS_MATCHED}: distinct volunteers approved or completed on those shifts (a
 * volunteer on two requests of a node counts once there).</li>
 * <li>{@link #VOLUNTEER_HOURS}: hours logged on completed assignments of those shifts.</li>
 * </ul>
 * <b>Consultations</b> (by the start time, Japan time; counted through the topic's plan links)
 * <ul>
 * <li>{@link #CONSULTATIONS_HELD}: bookings HELD; by channel {@link #CONSULTATIONS_COUNTER},
 * {@link #CONSULTATIONS_PHONE}, {@link #CONSULTATIONS_ONLINE}.</li>
 * </ul>
 * <b>Resident-proposed courses</b> (a proposal counts at the node it names and every node above)
 * <ul>
 * <li>{@link #PROPOSALS_RECEIVED}: proposals sent within the year;
 * {@link #PROPOSALS_ADOPTED}: proposals adopted (decided) within the year.</li>
 * </ul>
 * Every figure rolls up through the records' plan scope: a record counts once at each node it is
 * linked to or sits under, and once for the whole plan (the union of the goals, not their sum).
 */
public enum Figure {

	COURSES_HELD(Group.COURSES, Kind.COUNT, null),
	SESSIONS_HELD(Group.COURSES, Kind.COUNT, null),
	APPLICATIONS(Group.COURSES, Kind.COUNT, null),
	CONFIRMED_PLACES(Group.COURSES, Kind.COUNT, null),
	PARTICIPANTS(Group.COURSES, Kind.COUNT, null),
	ATTENDANCE_RATE(Group.COURSES, Kind.PERCENT, CONFIRMED_PLACES),
	SATISFACTION_AVERAGE(Group.COURSES, Kind.AVERAGE, null),
	SATISFACTION_RESPONSES(Group.COURSES, Kind.COUNT, null),
	EVENING_WEEKEND_SHARE(Group.COURSES, Kind.PERCENT, COURSES_HELD),
	CHILDCARE_SHARE(Group.COURSES, Kind.PERCENT, COURSES_HELD),
	FOREIGN_RESIDENTS_SHARE(Group.COURSES, Kind.PERCENT, COURSES_HELD),
	EASY_JAPANESE_SHARE(Group.COURSES, Kind.PERCENT, COURSES_HELD),
	CIRCLES_REGISTERED(Group.CIRCLES, Kind.COUNT, null),
	CIRCLES_ACTIVE(Group.CIRCLES, Kind.COUNT, null),
	CIRCLE_ACTIVITIES(Group.CIRCLES, Kind.COUNT, null),
	CIRCLE_PARTICIPANTS(Group.CIRCLES, Kind.COUNT, null),
	VOLUNTEER_REQUESTS(Group.VOLUNTEERING, Kind.COUNT, null),
	VOLUNTEERS_MATCHED(Group.VOLUNTEERING, Kind.COUNT, null),
	VOLUNTEER_HOURS(Group.VOLUNTEERING, Kind.HOURS, VOLUNTEERS_MATCHED),
	CONSULTATIONS_HELD(Group.CONSULTATIONS, Kind.COUNT, null),
	CONSULTATIONS_COUNTER(Group.CONSULTATIONS, Kind.COUNT, null),
	CONSULTATIONS_PHONE(Group.CONSULTATIONS, Kind.COUNT, null),
	CONSULTATIONS_ONLINE(Group.CONSULTATIONS, Kind.COUNT, null),
	PROPOSALS_RECEIVED(Group.PROPOSALS, Kind.COUNT, null),
	PROPOSALS_ADOPTED(Group.PROPOSALS, Kind.COUNT, null);

	public enum Group {
		COURSES, CIRCLES, VOLUNTEERING, CONSULTATIONS, PROPOSALS
	}

	/** How a value reads: a whole number, a percentage (one decimal), a mean (two), hours (one). */
	public enum Kind {
		COUNT, PERCENT, AVERAGE, HOURS
	}

	private final Group group;
	private final Kind kind;
	private final Figure base;

	Figure(Group group, Kind kind, Figure base) {
		this.group = group;
		this.kind = kind;
		this.base = base;
	}

	public Group group() {
		return group;
	}

	public Kind kind() {
		return kind;
	}

	/**
	 * The count a rate, mean or sum is taken over, for the public pages' small-count rule: when
	 * it is suppressed, so is this figure. The satisfaction mean's base is the number of answers.
	 */
	public Figure base() {
		return this == SATISFACTION_AVERAGE ? SATISFACTION_RESPONSES : base;
	}

	public boolean isCount() {
		return kind == Kind.COUNT;
	}

	/** The message key of the figure's name (bundle {@code report}). */
	public String messageKey() {
		return "report.figure." + name();
	}

	/** Headline figures: the dashboard's charts and the node cards' first lines. */
	public static final java.util.List<Figure> HEADLINE = java.util.List.of(COURSES_HELD, PARTICIPANTS,
			CIRCLE_ACTIVITIES, VOLUNTEER_HOURS, CONSULTATIONS_HELD);
}
