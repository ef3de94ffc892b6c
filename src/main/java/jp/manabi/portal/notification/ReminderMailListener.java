package jp.manabi.portal.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.course.CourseCalendars;
import jp.manabi.portal.course.ReminderEvents.CourseReminder;
import jp.manabi.portal.notification.MailComposer.Attachment;
import jp.manabi.portal.shared.Languages;

/**
 * The reminder two days before a course starts, in the resident's language, with the course's
 * sessions attached as an .ics file for their calendar.
 */
@Component
class ReminderMailListener {

	static final String CALENDAR = "text/calendar; charset=UTF-8; method=PUBLISH";

	private final MailComposer mail;
	private final Accounts accounts;
	private final CourseCalendars calendars;
	private final MessageSource messages;
	private final MailProperties properties;

	ReminderMailListener(MailComposer mail, Accounts accounts, CourseCalendars calendars, MessageSource messages,
			MailProperties properties) {
		this.mail = mail;
		this.accounts = accounts;
		this.calendars = calendars;
		this.messages = messages;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(CourseReminder event) {
		// A deleted account, or a course cancelled while the mail waited for the server: nothing to remind of.
		accounts.find(event.accountId()).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			calendars.ofCourse(event.courseId(), locale).filter(calendar -> !calendar.cancelled())
					.ifPresent(calendar -> mail.sendWithAttachment(person.email(), locale, "mail.courseReminder",
							new Attachment(calendar.fileName(), CALENDAR, calendar.icsText()), person.displayName(),
							calendar.title(), when(calendar.firstSessionStartsAt(), locale), calendar.place(),
							myApplications()));
		});
	}

	private String when(java.time.LocalDateTime startsAt, Locale locale) {
		return DateTimeFormatter.ofPattern(messages.getMessage("format.dateTime", null, locale), locale).format(startsAt);
	}

	private String myApplications() {
		return UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/mypage/applications").build()
				.toUriString();
	}
}
