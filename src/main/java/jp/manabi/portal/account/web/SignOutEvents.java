package jp.manabi.portal.account.web;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import jp.manabi.portal.account.AccountEvents.SignInActivity;
import jp.manabi.portal.account.AccountEvents.SignInKind;
import jp.manabi.portal.account.CurrentUser;

/** Spring Security tells of each logout; the audit log hears it as the portal's own event. */
@Component
class SignOutEvents {

	private final ApplicationEventPublisher events;

	SignOutEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(LogoutSuccessEvent logout) {
		if (logout.getAuthentication() != null && logout.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			events.publishEvent(new SignInActivity(user.accountId(), SignInKind.SIGNED_OUT));
		}
	}
}
