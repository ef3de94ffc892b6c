package jp.manabi.portal.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.course.ProposalEvents.ProposalDecided;
import jp.manabi.portal.course.ProposalEvents.ProposalReceived;
import jp.manabi.portal.course.ProposalEvents.ProposalUnderReview;
import jp.manabi.portal.shared.Languages;

/** Tells a resident, in their language, where their course proposal stands. */
@Component
class ProposalMailListener {

	private final MailComposer mail;
	private final Accounts accounts;
	private final MailProperties properties;

	ProposalMailListener(MailComposer mail, Accounts accounts, MailProperties properties) {
		this.mail = mail;
		this.accounts = accounts;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(ProposalReceived event) {
		send(event.proposerId(), event.proposalId(), "received", event.theme(), "");
	}

	@ApplicationModuleListener
	void on(ProposalUnderReview event) {
		send(event.proposerId(), event.proposalId(), "underReview", event.theme(), "");
	}

	@ApplicationModuleListener
	void on(ProposalDecided event) {
		send(event.proposerId(), event.proposalId(), event.adopted() ? "adopted" : "rejected", event.theme(),
				event.reason() == null ? "" : event.reason());
	}

	private void send(long accountId, long proposalId, String kind, String theme, String reason) {
		// An account deleted in the meantime gets no mail; nothing to retry.
		accounts.find(accountId).ifPresent(person -> mail.send(person.email(), Languages.fromTag(person.language()),
				"proposal.mail." + kind, person.displayName(), theme,
				UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/mypage/proposals/{id}")
						.buildAndExpand(proposalId).toUriString(),
				reason));
	}
}
