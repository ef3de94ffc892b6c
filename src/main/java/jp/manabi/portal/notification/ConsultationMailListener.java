package jp.manabi.portal.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.consultation.BookingEvents.Consultation;
import jp.manabi.portal.consultation.BookingEvents.ConsultationBooked;
import jp.manabi.portal.consultation.BookingEvents.ConsultationCancelled;
import jp.manabi.portal.consultation.BookingEvents.ConsultationMoved;
import jp.manabi.portal.consultation.BookingEvents.ConsultationReminder;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.notification.MailComposer.Attachment;
import jp.manabi.portal.shared.Languages;
import jp.manabi.portal.shared.calendar.ICalendar;

/**
 * Mails about a resident's consultation, in their language: booked (with the consultation as an
 * .ics), cancelled, moved (the new time as an .ics, the old one marked cancelled in it) and the
 * reminder the day before. The .ics UID is {@code consultation-<booking id>@manabi-portal}.
 */
@Component
class ConsultationMailListener {

	private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private final MailComposer mail;
	private final Accounts accounts;
	private final MessageSource messages;
	private final MailProperties properties;
	private final Clock clock;

	ConsultationMailListener(MailComposer mail, Accounts accounts, MessageSource messages, MailProperties properties,
			Clock clock) {
		this.mail = mail;
		this.accounts = accounts;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ConsultationBooked event) {
		var c = event.consultation();
		accounts.find(c.accountId()).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			mail.sendWithAttachment(person.email(), locale, "mail.consultation.booked", ics(locale, c, null),
					args(person.displayName(), c, locale));
		});
	}

	@ApplicationModuleListener
	void on(ConsultationCancelled event) {
		var c = event.consultation();
		accounts.find(c.accountId()).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			mail.send(person.email(), locale, "mail.consultation.cancelled", args(person.displayName(), c, locale));
		});
	}

	@ApplicationModuleListener
	void on(ConsultationMoved event) {
		var c = event.to();
		accounts.find(c.accountId()).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			Object[] now = args(person.displayName(), c, locale);
			Object[] all = Arrays.copyOf(now, now.length + 1);
			all[now.length] = when(event.from(), locale);
			mail.sendWithAttachment(person.email(), locale, "mail.consultation.moved", ics(locale, c, event.from()), all);
		});
	}

	@ApplicationModuleListener
	void on(ConsultationReminder event) {
		var c = event.consultation();
		accounts.find(c.accountId()).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			mail.sendWithAttachment(person.email(), locale, "mail.consultation.reminder", ics(locale, c, null),
					args(person.displayName(), c, locale));
		});
	}

	/** {0} name, {1} topic, {2} when, {3} how and where, {4} counselor, {5} the booking's page. */
	private Object[] args(String name, Consultation c, Locale locale) {
		return new Object[] { name, c.topic(locale), when(c, locale), place(c, locale), c.counselorName(), page(c) };
	}

	private Attachment ics(Locale locale, Consultation c, Consultation cancelled) {
		var calendar = new ICalendar(c.topic(locale));
		if (cancelled != null) {
			calendar.add(event(locale, cancelled, true));
		}
		calendar.add(event(locale, c, false));
		return new Attachment("consultation-" + c.bookingId() + ".ics", ReminderMailListener.CALENDAR,
				calendar.write(clock.instant()));
	}

	private ICalendar.Event event(Locale locale, Consultation c, boolean cancelled) {
		String summary = messages.getMessage("mail.consultation.ics.summary", new Object[] { c.topic(locale) }, locale);
		String description = messages.getMessage("mail.consultation.ics.description",
				new Object[] { c.counselorName(), page(c) }, locale);
		return new ICalendar.Event("consultation-" + c.bookingId() + "@manabi-portal", c.startsAt(), c.endsAt(), summary,
				description, place(c, locale), page(c), cancelled);
	}

	/** The venue for COUNTER; 電話 / オンライン otherwise. */
	private String place(Consultation c, Locale locale) {
		if (c.channel() == Channel.COUNTER && c.venue() != null) {
			return c.venue();
		}
		return messages.getMessage("consultation.channel." + c.channel(), null, locale);
	}

	private String when(Consultation c, Locale locale) {
		var start = LocalDateTime.ofInstant(c.startsAt(), ZONE);
		var end = LocalDateTime.ofInstant(c.endsAt(), ZONE);
		return DateTimeFormatter.ofPattern(messages.getMessage("format.dateTime", null, locale), locale).format(start)
				+ "–" + DateTimeFormatter.ofPattern("HH:mm").format(end);
	}

	private String page(Consultation c) {
		return UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/mypage/consultations/{id}")
				.buildAndExpand(c.bookingId()).toUriString();
	}
}
