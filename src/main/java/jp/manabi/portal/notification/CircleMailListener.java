package jp.manabi.portal.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.circle.CircleEvents.CircleApproved;
import jp.manabi.portal.circle.CircleEvents.CircleChangesRequested;
import jp.manabi.portal.circle.CircleEvents.CircleDissolved;
import jp.manabi.portal.circle.CircleEvents.CircleLapsing;
import jp.manabi.portal.circle.CircleEvents.CircleLeadershipHandedOver;
import jp.manabi.portal.circle.CircleEvents.CircleSubmitted;
import jp.manabi.portal.circle.CircleEvents.CircleSuspended;
import jp.manabi.portal.shared.Languages;

/**
 * Tells a circle's leader by mail, in their language, what became of the registration. Every
 * mail has the same arguments: {0} the leader's name, {1} the circle, {2} its manage page,
 * {3} the comment, reason or date.
 */
@Component
class CircleMailListener {

	private final MailComposer mail;
	private final Accounts accounts;
	private final MailProperties properties;

	CircleMailListener(MailComposer mail, Accounts accounts, MailProperties properties) {
		this.mail = mail;
		this.accounts = accounts;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(CircleSubmitted event) {
		send(event.leaderId(), "mail.circle.submitted", event.circleId(), event.circleName(), "");
	}

	@ApplicationModuleListener
	void on(CircleApproved event) {
		send(event.leaderId(), "mail.circle.approved", event.circleId(), event.circleName(), event.validUntil());
	}

	@ApplicationModuleListener
	void on(CircleChangesRequested event) {
		send(event.leaderId(), "mail.circle.changesRequested", event.circleId(), event.circleName(), event.comment());
	}

	@ApplicationModuleListener
	void on(CircleSuspended event) {
		send(event.leaderId(), "mail.circle.suspended", event.circleId(), event.circleName(), event.reason());
	}

	@ApplicationModuleListener
	void on(CircleDissolved event) {
		send(event.leaderId(), "mail.circle.dissolved", event.circleId(), event.circleName(), event.reason());
	}

	@ApplicationModuleListener
	void on(CircleLapsing event) {
		send(event.leaderId(), "mail.circle.lapsing", event.circleId(), event.circleName(), event.validUntil());
	}

	@ApplicationModuleListener
	void on(CircleLeadershipHandedOver event) {
		send(event.newLeaderId(), "mail.circle.handedOver", event.circleId(), event.circleName(), "");
	}

	private void send(long accountId, String key, long circleId, String circleName, Object detail) {
		// An account deleted in the meantime gets no mail; nothing to retry.
		accounts.find(accountId).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			Object shown = detail instanceof java.time.LocalDate date
					? DateTimeFormatter.ofPattern(Languages.isEnglish(locale) ? "d MMMM yyyy" : "yyyy年M月d日", locale)
							.format(date)
					: detail;
			mail.send(person.email(), locale, key, person.displayName(), circleName, managePage(circleId), shown);
		});
	}

	private String managePage(long circleId) {
		return UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/mypage/circles/{id}")
				.buildAndExpand(circleId).toUriString();
	}
}
