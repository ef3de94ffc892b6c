package jp.manabi.portal.notification;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.circle.JoinEvents.JoinDecided;
import jp.manabi.portal.circle.JoinEvents.JoinMessagePosted;
import jp.manabi.portal.circle.JoinEvents.JoinRequested;
import jp.manabi.portal.shared.Languages;

/**
 * Join requests (入会希望) by mail, each person in their own language. Each mail goes to one
 * person and names the other side only as the portal shows it (the resident by display name, the
 * managers by the circle's name): never an address or phone number, and never the message itself,
 * only the link to the thread.
 */
@Component
class CircleJoinMailListener {

	private final MailComposer mail;
	private final Accounts accounts;
	private final MailProperties properties;

	CircleJoinMailListener(MailComposer mail, Accounts accounts, MailProperties properties) {
		this.mail = mail;
		this.accounts = accounts;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(JoinRequested event) {
		String requester = displayName(event.requesterId());
		toEach(event.managerIds(), manager -> mail.send(manager.email(), Languages.fromTag(manager.language()),
				"mail.circle.join.requested", manager.displayName(), event.circleName(), requester,
				thread(event.requestId())));
	}

	@ApplicationModuleListener
	void on(JoinMessagePosted event) {
		if (event.fromRequester()) {
			String requester = displayName(event.requesterId());
			toEach(event.recipientIds(), manager -> mail.send(manager.email(), Languages.fromTag(manager.language()),
					"mail.circle.join.messageToCircle", manager.displayName(), event.circleName(), requester,
					thread(event.requestId())));
		}
		else {
			toEach(event.recipientIds(), person -> mail.send(person.email(), Languages.fromTag(person.language()),
					"mail.circle.join.messageToRequester", person.displayName(), event.circleName(),
					thread(event.requestId())));
		}
	}

	@ApplicationModuleListener
	void on(JoinDecided event) {
		String key = event.accepted() ? "mail.circle.join.accepted" : "mail.circle.join.declined";
		toEach(List.of(event.requesterId()), person -> mail.send(person.email(),
				Languages.fromTag(person.language()), key, person.displayName(), event.circleName(),
				thread(event.requestId())));
	}

	/** Accounts deleted in the meantime get no mail; nothing to retry for them. */
	private void toEach(List<Long> accountIds, java.util.function.Consumer<AccountSummary> send) {
		accounts.findAll(accountIds).values().forEach(send);
	}

	private String displayName(long accountId) {
		return accounts.find(accountId).map(AccountSummary::displayName).orElse("");
	}

	private String thread(long requestId) {
		return UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/mypage/joins/{id}")
				.buildAndExpand(requestId).toUriString();
	}
}
