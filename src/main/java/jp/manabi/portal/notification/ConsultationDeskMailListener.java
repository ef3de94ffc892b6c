package jp.manabi.portal.notification;

import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.consultation.DeskEvents.StaffBooked;
import jp.manabi.portal.shared.Languages;

/** Tells a resident by mail, in their language, that staff booked a consultation for them on the phone. */
@Component
class ConsultationDeskMailListener {

	private static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

	private final MailComposer mail;
	private final Accounts accounts;
	private final MailProperties properties;
	private final MessageSource messages;

	ConsultationDeskMailListener(MailComposer mail, Accounts accounts, MailProperties properties,
			MessageSource messages) {
		this.mail = mail;
		this.accounts = accounts;
		this.properties = properties;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(StaffBooked event) {
		accounts.find(event.accountId()).ifPresent(person -> {
			var locale = Languages.fromTag(person.language());
			boolean english = Languages.isEnglish(locale);
			String when = DateTimeFormatter
					.ofPattern(messages.getMessage("format.dateTime", null, locale), locale)
					.format(event.startsAt().atZone(JAPAN));
			String channel = messages.getMessage("consultation.channel." + event.channel(), null, locale);
			String where = event.venue() == null ? channel : channel + " (" + event.venue() + ")";
			String page = UriComponentsBuilder.fromUriString(properties.baseUrl())
					.path("/mypage/consultations/{id}").buildAndExpand(event.bookingId()).toUriString();
			mail.send(person.email(), locale, "mail.consultation.desk.booked", person.displayName(),
					english ? event.topicNameEn() : event.topicNameJa(), when, where, page);
		});
	}
}
