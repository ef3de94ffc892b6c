package jp.manabi.portal.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.AccountEvents.OrganisationAccountCreated;
import jp.manabi.portal.shared.Languages;

/** Mails an organisation's contact person the link to set the password of the account staff made. */
@Component
class VolunteerOrganisationMailListener {

	private final MailComposer mail;
	private final MailProperties properties;

	VolunteerOrganisationMailListener(MailComposer mail, MailProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(OrganisationAccountCreated event) {
		String link = UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/password/reset")
				.queryParam("token", event.token()).build().toUriString();
		mail.send(event.email(), Languages.fromTag(event.language()), "mail.volunteer.org.invitation",
				event.displayName(), link);
	}
}
