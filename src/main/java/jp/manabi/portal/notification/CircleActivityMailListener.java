package jp.manabi.portal.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.circle.ActivityCalendars;
import jp.manabi.portal.circle.ActivityEvents.EventCancelledForSignup;
import jp.manabi.portal.circle.ActivityEvents.EventFacts;
import jp.manabi.portal.circle.ActivityEvents.EventSignedUp;
import jp.manabi.portal.circle.ActivityEvents.EventSignupCancelled;
import jp.manabi.portal.notification.MailComposer.Attachment;
import jp.manabi.portal.shared.Languages;

/**
 * Tells residents by mail, in their language, about their places at circles' public events: the
 * sign-up (with the event as .ics), their own cancellation, and the circle cancelling the event.
 */
@Component
class CircleActivityMailListener {

	private final MailComposer mail;
	private final Accounts accounts;
	private final ActivityCalendars calendars;
	private final MessageSource messages;
	private final MailProperties properties;

	CircleActivityMailListener(MailComposer mail, Accounts accounts, ActivityCalendars calendars,
			MessageSource messages, MailProperties properties) {
		this.mail = mail;
		this.accounts = accounts;
		this.calendars = calendars;
		this.messages = messages;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(EventSignedUp event) {
		// An account deleted in the meantime gets no mail; nothing to retry.
		accounts.find(event.accountId()).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			var calendar = calendars.ofActivity(event.event().activityId());
			if (calendar.isPresent()) {
				mail.sendWithAttachment(person.email(), locale, "mail.circle.event.signedUp",
						new Attachment(calendar.get().fileName(), ReminderMailListener.CALENDAR,
								calendar.get().icsText()),
						args(person, event.event(), locale));
			}
			else {
				mail.send(person.email(), locale, "mail.circle.event.signedUp", args(person, event.event(), locale));
			}
		});
	}

	@ApplicationModuleListener
	void on(EventSignupCancelled event) {
		send(event.accountId(), "mail.circle.event.cancelled", event.event());
	}

	@ApplicationModuleListener
	void on(EventCancelledForSignup event) {
		send(event.accountId(), "mail.circle.event.eventCancelled", event.event());
	}

	private void send(long accountId, String key, EventFacts facts) {
		accounts.find(accountId).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			mail.send(person.email(), locale, key, args(person, facts, locale));
		});
	}

	/** {0} name, {1} event title, {2} circle, {3} date and time, {4} place, {5} event page, {6} マイページ's events. */
	private Object[] args(AccountSummary person, EventFacts facts, Locale locale) {
		String date = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale)
				.format(facts.date());
		String when = date + " " + facts.startsAt() + "–" + facts.endsAt();
		String page = UriComponentsBuilder.fromUriString(properties.baseUrl())
				.path("/circles/{circle}/activities/{id}").buildAndExpand(facts.circleId(), facts.activityId())
				.toUriString();
		String mine = UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/mypage/events").build()
				.toUriString();
		return new Object[] { person.displayName(), facts.title(), facts.circleName(), when, facts.place(), page,
				mine };
	}
}
