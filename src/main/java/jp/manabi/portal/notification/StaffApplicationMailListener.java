package jp.manabi.portal.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.StaffApplicationEvents.CancelledByStaff;
import jp.manabi.portal.course.StaffApplicationEvents.CounterApplicantPromoted;
import jp.manabi.portal.course.StaffApplicationEvents.CounterApplicationTaken;
import jp.manabi.portal.course.StaffApplicationEvents.StatusSetByStaff;
import jp.manabi.portal.shared.Languages;

/**
 * Tells people by mail what staff did with their applications. Residents get it in their
 * language with a link to マイページ; someone staff took at the counter gets it in Japanese at
 * the address they gave, with a link to sign up (the application becomes theirs then). Someone
 * without an address gets no mail: staff phone them.
 */
@Component
class StaffApplicationMailListener {

	private final MailComposer mail;
	private final Accounts accounts;
	private final MailProperties properties;

	StaffApplicationMailListener(MailComposer mail, Accounts accounts, MailProperties properties) {
		this.mail = mail;
		this.accounts = accounts;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(CancelledByStaff event) {
		send(event.accountId(), event.applicantEmail(), event.applicantName(), "cancelled", event.courseTitle(),
				event.reason());
	}

	@ApplicationModuleListener
	void on(StatusSetByStaff event) {
		if (event.status() == ApplicationStatus.CONFIRMED) {
			send(event.accountId(), event.applicantEmail(), event.applicantName(), "confirmed", event.courseTitle(),
					"");
		}
		else if (event.status() == ApplicationStatus.WAITING) {
			send(event.accountId(), event.applicantEmail(), event.applicantName(), "waiting", event.courseTitle(),
					event.waitingPosition());
		}
	}

	@ApplicationModuleListener
	void on(CounterApplicationTaken event) {
		String kind = switch (event.status()) {
			case CONFIRMED -> "confirmed";
			case ENTERED -> "entered";
			default -> "waiting";
		};
		send(null, event.applicantEmail(), event.applicantName(), "taken." + kind, event.courseTitle(),
				event.waitingPosition());
	}

	@ApplicationModuleListener
	void on(CounterApplicantPromoted event) {
		send(null, event.applicantEmail(), event.applicantName(), "promoted", event.courseTitle(), "");
	}

	/**
	 * The body's arguments: {0} the name, {1} the course, {2} a link, {3} the detail (reason or
	 * waiting position).
	 */
	private void send(Long accountId, String applicantEmail, String applicantName, String kind, String courseTitle,
			Object detail) {
		if (accountId != null) {
			// An account deleted in the meantime gets no mail; nothing to retry.
			accounts.find(accountId).ifPresent(person -> mail.send(person.email(), Languages.fromTag(person.language()),
					"course-staff.mail." + kind, person.displayName(), courseTitle, link("/mypage/applications"),
					detail));
		}
		else if (applicantEmail != null && !applicantEmail.isBlank()) {
			mail.send(applicantEmail, Languages.JAPANESE, "course-staff.mail.counter." + kind, applicantName,
					courseTitle, link("/signup"), detail);
		}
	}

	private String link(String path) {
		return UriComponentsBuilder.fromUriString(properties.baseUrl()).path(path).build().toUriString();
	}
}
