package jp.manabi.portal.account.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import jp.manabi.portal.account.AccountEvents.SignInActivity;
import jp.manabi.portal.account.AccountEvents.SignInKind;
import jp.manabi.portal.account.LoginThrottledException;
import jp.manabi.portal.account.domain.Account;
import jp.manabi.portal.account.domain.AccountRepository;

/** Tells the person why the login failed, in words they can act on, and keeps the email typed. */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final Clock clock;
	private final AccountRepository accounts;
	private final ApplicationEventPublisher events;
	private final FlashMapManager flashMaps = new SessionFlashMapManager();

	LoginFailureHandler(Clock clock, AccountRepository accounts, ApplicationEventPublisher events) {
		this.clock = clock;
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		// Runs in the security filter, before Spring MVC, so the flash map is made here.
		var flash = new FlashMap();
		String email = request.getParameter("email");
		audit(email, exception);
		if (email != null && email.length() <= 254) {
			flash.put("email", email);
		}
		if (exception instanceof LoginThrottledException throttled) {
			long seconds = Math.max(1, Duration.between(clock.instant(), throttled.until()).toSeconds());
			flash.put("loginError", seconds > 120 ? "account.login.error.locked" : "account.login.error.slowed");
			flash.put("loginErrorArg", seconds > 120 ? (seconds + 59) / 60 : seconds);
		}
		else if (exception instanceof DisabledException) {
			flash.put("loginError", "account.login.error.unverified");
		}
		else if (exception instanceof LockedException) {
			flash.put("loginError", "account.login.error.disabled");
		}
		else {
			flash.put("loginError", "account.login.error.badCredentials");
		}
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + "/login");
	}

	/** For the audit log: which account (if the email is one), never what was typed. */
	private void audit(String email, AuthenticationException exception) {
		Long accountId = email == null || email.length() > 254 ? null
				: accounts.findByEmail(Account.normalizeEmail(email)).map(Account::getId).orElse(null);
		events.publishEvent(new SignInActivity(accountId,
				exception instanceof LoginThrottledException ? SignInKind.THROTTLED : SignInKind.PASSWORD_REFUSED));
	}
}
