package jp.manabi.portal.account.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jp.manabi.portal.account.AccountEvents.SignInActivity;
import jp.manabi.portal.account.AccountEvents.SignInKind;
import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.domain.TwoFactorService;

/**
 * After a right password: accounts without a second factor are signed in and go on to the page
 * they asked for (or マイページ). Accounts with one, and staff, administrators and counselors who
 * have yet to enrol, are NOT signed in: the authentication is taken back out of the session and
 * parked as a {@link PendingLogin}, and the browser goes to the code (or enrolment) page.
 */
@Component
class TwoFactorLoginSuccessHandler implements AuthenticationSuccessHandler {

	static final SecurityContextRepository CONTEXTS = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final TwoFactorService twoFactor;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
	private final SavedRequestAwareAuthenticationSuccessHandler onwards = onwards();

	TwoFactorLoginSuccessHandler(TwoFactorService twoFactor, ApplicationEventPublisher events, Clock clock) {
		this.twoFactor = twoFactor;
		this.events = events;
		this.clock = clock;
	}

	static SavedRequestAwareAuthenticationSuccessHandler onwards() {
		var handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/mypage");
		return handler;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		var user = (CurrentUser) authentication.getPrincipal();
		boolean enrolled = twoFactor.isEnabled(user.accountId());
		if (!enrolled && !TwoFactorService.isRequiredFor(user.roles())) {
			events.publishEvent(new SignInActivity(user.accountId(), SignInKind.SIGNED_IN));
			onwards.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		var empty = holder.createEmptyContext();
		holder.setContext(empty);
		CONTEXTS.saveContext(empty, request, response);
		request.getSession().setAttribute(PendingLogin.SESSION_KEY, new PendingLogin(authentication,
				user.accountId(), user.getUsername(), request.getRemoteAddr(), clock.instant(), !enrolled));
		events.publishEvent(new SignInActivity(user.accountId(), SignInKind.PASSWORD_ACCEPTED));
		response.sendRedirect(request.getContextPath() + (enrolled ? "/login/two-factor" : "/login/two-factor/enrol"));
	}
}
