package jp.manabi.portal.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.course.LotteryEvents.LotteryResult;
import jp.manabi.portal.course.LotteryEvents.OfferExpired;
import jp.manabi.portal.shared.Languages;

/** Tells residents by mail, in their language, how the lottery went for them. */
@Component
class LotteryMailListener {

	/** Deadlines are the municipality's local time. */
	private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private final MailComposer mail;
	private final Accounts accounts;
	private final MailProperties properties;
	private final MessageSource messages;

	LotteryMailListener(MailComposer mail, Accounts accounts, MailProperties properties, MessageSource messages) {
		this.mail = mail;
		this.accounts = accounts;
		this.properties = properties;
		this.messages = messages;
	}

	/** 当選 (with the deadline to confirm by, if the course sets one) or 落選 with the waiting-list position. */
	@ApplicationModuleListener
	void on(LotteryResult event) {
		// An account deleted in the meantime gets no mail; nothing to retry.
		accounts.find(event.accountId()).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			if (!event.won()) {
				mail.send(person.email(), locale, "mail.lottery.lost", person.displayName(), event.courseTitle(),
						myApplications(), event.waitingPosition());
			}
			else if (event.confirmBy() != null) {
				mail.send(person.email(), locale, "mail.lottery.offered", person.displayName(), event.courseTitle(),
						myApplications(), format(event.confirmBy(), locale));
			}
			else {
				mail.send(person.email(), locale, "mail.lottery.won", person.displayName(), event.courseTitle(),
						myApplications());
			}
		});
	}

	@ApplicationModuleListener
	void on(OfferExpired event) {
		accounts.find(event.accountId()).ifPresent(person -> mail.send(person.email(),
				Languages.fromTag(person.language()), "mail.lottery.offerExpired", person.displayName(),
				event.courseTitle(), myApplications()));
	}

	private String format(Instant instant, Locale locale) {
		String pattern = messages.getMessage("mail.lottery.dateTimeFormat", null, locale);
		return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(ZONE));
	}

	private String myApplications() {
		return UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/mypage/applications").build()
				.toUriString();
	}
}
