package jp.manabi.portal.circle;

import java.util.Optional;

/** A public event as an iCalendar file, for the sign-up mail's attachment. */
public interface ActivityCalendars {

	/** The event as .ics text, or empty when there is no such activity. */
	Optional<EventCalendar> ofActivity(long activityId);

	record EventCalendar(String fileName, String icsText) {
	}
}
