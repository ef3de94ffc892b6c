package jp.manabi.portal.notification;

import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.AccountEvents.EmailVerificationRequested;
import jp.manabi.portal.account.AccountEvents.PasswordChanged;
import jp.manabi.portal.account.AccountEvents.PasswordResetRequested;
import jp.manabi.portal.account.AccountEvents.StaffAccountCreated;
import jp.manabi.portal.account.AccountEvents.TwoFactorChanged;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.shared.Languages;

/** Mails the links that account events call for, in the recipient's language. */
@Component
class AccountMailListener {

	private final MailComposer mail;
	private final MailProperties properties;
	private final Accounts accounts;

	AccountMailListener(MailComposer mail, MailProperties properties, Accounts accounts) {
		this.mail = mail;
		this.properties = properties;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(EmailVerificationRequested event) {
		mail.send(event.email(), locale(event.language()), "mail.verify", event.displayName(),
				link("/verify", event.token()));
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		mail.send(event.email(), locale(event.language()), "mail.reset", event.displayName(),
				link("/password/reset", event.token()));
	}

	@ApplicationModuleListener
	void on(StaffAccountCreated event) {
		mail.send(event.email(), locale(event.language()), "mail.staffInvitation", event.displayName(),
				link("/password/reset", event.token()));
	}

	/** Tells the holder their password changed, with the way back in if it was not them. */
	@ApplicationModuleListener
	void on(PasswordChanged event) {
		accounts.find(event.accountId()).ifPresent(holder -> mail.send(holder.email(), locale(holder.language()),
				"mail.passwordChanged", holder.displayName(), page("/password/forgot")));
	}

	/**
	 * Tells the holder that their two-factor login changed, so a change they did not make (someone
	 * with their password and a moment at their unlocked computer) does not go unnoticed (ASVS 2.2.3).
	 */
	@ApplicationModuleListener
	void on(TwoFactorChanged event) {
		accounts.find(event.accountId()).ifPresent(holder -> mail.send(holder.email(), locale(holder.language()),
				"mail.twoFactor." + event.change().name(), holder.displayName(), page("/mypage/security")));
	}

	private String page(String path) {
		return UriComponentsBuilder.fromUriString(properties.baseUrl()).path(path).build().toUriString();
	}

	private String link(String path, String token) {
		return UriComponentsBuilder.fromUriString(properties.baseUrl()).path(path).queryParam("token", token)
				.build().toUriString();
	}

	private static Locale locale(String language) {
		return Languages.fromTag(language);
	}
}
