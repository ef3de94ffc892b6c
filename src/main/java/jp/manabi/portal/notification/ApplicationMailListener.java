package jp.manabi.portal.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.course.ApplicationEvents.ApplicationCancelled;
import jp.manabi.portal.course.ApplicationEvents.ApplicationPromoted;
import jp.manabi.portal.course.ApplicationEvents.ApplicationReceived;
import jp.manabi.portal.course.ApplicationEvents.CourseCancelledForApplicant;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.shared.Languages;

/** Tells residents by mail, in their language, what happened to their course applications. */
@Component
class ApplicationMailListener {

	private final MailComposer mail;
	private final Accounts accounts;
	private final MailProperties properties;

	ApplicationMailListener(MailComposer mail, Accounts accounts, MailProperties properties) {
		this.mail = mail;
		this.accounts = accounts;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(ApplicationReceived event) {
		String key = switch (event.status()) {
			case CONFIRMED -> "mail.application.confirmed";
			case ENTERED -> "mail.application.entered";
			default -> "mail.application.waiting";
		};
		send(event.accountId(), key, event.courseTitle(), event.waitingPosition());
	}

	@ApplicationModuleListener
	void on(ApplicationPromoted event) {
		send(event.accountId(), "mail.application.promoted", event.courseTitle(), 0);
	}

	@ApplicationModuleListener
	void on(CourseCancelledForApplicant event) {
		accounts.find(event.accountId()).ifPresent(person -> mail.send(person.email(),
				Languages.fromTag(person.language()), "mail.application.courseCancelled", person.displayName(),
				event.courseTitle(), myApplications(), event.reason()));
	}

	@ApplicationModuleListener
	void on(ApplicationCancelled event) {
		send(event.accountId(), "mail.application.cancelled", event.courseTitle(), 0);
	}

	private void send(long accountId, String key, String courseTitle, int position) {
		// An account deleted in the meantime gets no mail; nothing to retry.
		accounts.find(accountId).ifPresent(person -> mail.send(person.email(), Languages.fromTag(person.language()),
				key, person.displayName(), courseTitle, myApplications(), position));
	}

	private String myApplications() {
		return UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/mypage/applications").build()
				.toUriString();
	}
}
