package jp.manabi.portal.notification;

import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.shared.Languages;
import jp.manabi.portal.volunteer.ProfileEvents.ProfileApproved;
import jp.manabi.portal.volunteer.ProfileEvents.ProfileReturned;
import jp.manabi.portal.volunteer.ProfileEvents.ProfileSubmitted;

/**
 * Tells a volunteer by mail, in their language, what became of their talent-bank registration.
 * Every mail has the same arguments: {0} the volunteer's name, {1} their profile page, {2} the
 * staff's comment (empty when there is none).
 */
@Component
class VolunteerProfileMailListener {

	private final MailComposer mail;
	private final Accounts accounts;
	private final MailProperties properties;

	VolunteerProfileMailListener(MailComposer mail, Accounts accounts, MailProperties properties) {
		this.mail = mail;
		this.accounts = accounts;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(ProfileSubmitted event) {
		send(event.accountId(), "mail.volunteer.profile.received", "");
	}

	@ApplicationModuleListener
	void on(ProfileApproved event) {
		send(event.accountId(), "mail.volunteer.profile.approved", "");
	}

	@ApplicationModuleListener
	void on(ProfileReturned event) {
		send(event.accountId(), "mail.volunteer.profile.returned", event.comment());
	}

	private void send(long accountId, String key, String comment) {
		// An account deleted in the meantime gets no mail; nothing to retry.
		accounts.find(accountId).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			mail.send(person.email(), locale, key, person.displayName(), profilePage(), comment);
		});
	}

	private String profilePage() {
		return UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/mypage/volunteer").toUriString();
	}
}
