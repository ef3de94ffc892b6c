package jp.manabi.portal.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.shared.Languages;
import jp.manabi.portal.shared.SiteInfo;
import jp.manabi.portal.volunteer.AssignmentEvents.Applied;
import jp.manabi.portal.volunteer.AssignmentEvents.Approved;
import jp.manabi.portal.volunteer.AssignmentEvents.Completed;
import jp.manabi.portal.volunteer.AssignmentEvents.Coordinators;
import jp.manabi.portal.volunteer.AssignmentEvents.Declined;
import jp.manabi.portal.volunteer.AssignmentEvents.InvitationAnswered;
import jp.manabi.portal.volunteer.AssignmentEvents.Invited;
import jp.manabi.portal.volunteer.AssignmentEvents.Withdrawn;
import jp.manabi.portal.volunteer.AssignmentEvents.WorkFacts;

/**
 * Mails about volunteers' places on shifts. The volunteer hears of everything that changes their
 * place, in their language. Coordinators hear of applications, answers to invitations and
 * withdrawals: an organisation at its account's address, a circle at the leader who posted the
 * request; the ward's own requests at {@code portal.volunteer.staff-address}, or nobody when it
 * is not set (staff see the assignments page). Coordinators' mails never name the volunteer.
 */
@Component
class VolunteerWorkMailListener {

	private final MailComposer mail;
	private final Accounts accounts;
	private final MessageSource messages;
	private final MailProperties properties;
	private final SiteInfo site;
	private final String staffAddress;

	VolunteerWorkMailListener(MailComposer mail, Accounts accounts, MessageSource messages, MailProperties properties,
			SiteInfo site, @Value("${portal.volunteer.staff-address:}") String staffAddress) {
		this.mail = mail;
		this.accounts = accounts;
		this.messages = messages;
		this.properties = properties;
		this.site = site;
		this.staffAddress = staffAddress;
	}

	@ApplicationModuleListener
	void on(Applied event) {
		toVolunteer(event.volunteerAccountId(), "mail.volunteer.work.applied", event.work(), "");
		toCoordinators(event.coordinators(), "mail.volunteer.work.newApplicant", event.work());
	}

	@ApplicationModuleListener
	void on(Invited event) {
		toVolunteer(event.volunteerAccountId(), "mail.volunteer.work.invited", event.work(), "");
	}

	@ApplicationModuleListener
	void on(InvitationAnswered event) {
		toCoordinators(event.coordinators(),
				event.accepted() ? "mail.volunteer.work.inviteAccepted" : "mail.volunteer.work.inviteDeclined",
				event.work());
	}

	@ApplicationModuleListener
	void on(Withdrawn event) {
		toCoordinators(event.coordinators(), "mail.volunteer.work.withdrawn", event.work());
	}

	@ApplicationModuleListener
	void on(Approved event) {
		toVolunteer(event.volunteerAccountId(), "mail.volunteer.work.approved", event.work(), "");
	}

	@ApplicationModuleListener
	void on(Declined event) {
		toVolunteer(event.volunteerAccountId(), "mail.volunteer.work.declined", event.work(), "");
	}

	@ApplicationModuleListener
	void on(Completed event) {
		toVolunteer(event.volunteerAccountId(), "mail.volunteer.work.completed", event.work(),
				event.hours().stripTrailingZeros().toPlainString());
	}

	private void toVolunteer(long accountId, String key, WorkFacts work, String hours) {
		// An account deleted in the meantime gets no mail; nothing to retry.
		accounts.find(accountId).ifPresent(person -> {
			Locale locale = Languages.fromTag(person.language());
			mail.send(person.email(), locale, key, args(person.displayName(), work, locale, "/mypage/volunteer/work",
					hours));
		});
	}

	private void toCoordinators(Coordinators coordinators, String key, WorkFacts work) {
		for (long accountId : coordinators.accountIds()) {
			accounts.find(accountId).ifPresent(person -> {
				Locale locale = Languages.fromTag(person.language());
				mail.send(person.email(), locale, key, args(person.displayName(), work, locale, coordinators.pagePath(), ""));
			});
		}
		if (coordinators.staffRequest() && !staffAddress.isBlank()) {
			mail.send(staffAddress, Languages.JAPANESE, key,
					args("", work, Languages.JAPANESE, coordinators.pagePath(), ""));
		}
	}

	/** {0} name, {1} request title, {2} organiser, {3} date and time, {4} place, {5} link, {6} hours. */
	private Object[] args(String name, WorkFacts work, Locale locale, String path, String hours) {
		String date = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale)
				.format(work.date());
		String when = date + " " + work.startsAt() + "–" + work.endsAt();
		String organiser = work.organiser() != null ? work.organiser() : site.municipalityName(locale);
		String link = UriComponentsBuilder.fromUriString(properties.baseUrl()).path(path).build().toUriString();
		return new Object[] { name, work.title(), organiser, when, work.place(), link, hours };
	}
}
