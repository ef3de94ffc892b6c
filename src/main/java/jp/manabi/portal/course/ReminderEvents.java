package jp.manabi.portal.course;

import java.time.Instant;

/** Reminders before a course starts, published after the transaction that decided them commits. */
public final class ReminderEvents {

	private ReminderEvents() {
	}

	/**
	 * The course starts soon: one event per person holding a place. The mail reads the sessions
	 * (for the .ics) when it is written, through {@link CourseCalendars}, so a mail held back by a
	 * mail server that is down still carries the sessions as they are then.
	 */
	public record CourseReminder(long applicationId, long courseId, long accountId, String courseTitle,
			Instant firstSessionStartsAt) {
	}
}
