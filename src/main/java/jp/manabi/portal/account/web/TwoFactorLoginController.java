package jp.manabi.portal.account.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import jp.manabi.portal.account.AccountEvents.SignInActivity;
import jp.manabi.portal.account.AccountEvents.SignInKind;
import jp.manabi.portal.account.domain.LoginThrottle;
import jp.manabi.portal.account.domain.Totp;
import jp.manabi.portal.account.domain.TwoFactorService;
import jp.manabi.portal.account.domain.TwoFactorService.Check;

/**
 * The second step of a login: the code from the authenticator app (or a recovery code), or, for
 * staff, administrators and counselors who have none yet, the enrolment. Only reachable with a
 * {@link PendingLogin} in the session; wrong codes count against the same {@link LoginThrottle}
 * as wrong passwords, per account and per address.
 */
@Controller
class TwoFactorLoginController {

	static final String ENROL_SECRET = TwoFactorLoginController.class.getName() + ".secret";

	private final TwoFactorService twoFactor;
	private final LoginThrottle throttle;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SavedRequestAwareAuthenticationSuccessHandler onwards = TwoFactorLoginSuccessHandler.onwards();

	TwoFactorLoginController(TwoFactorService twoFactor, LoginThrottle throttle, ApplicationEventPublisher events,
			Clock clock) {
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/login/two-factor")
	String codeForm(HttpServletRequest request) {
		var pending = PendingLogin.in(request, clock.instant());
		if (pending == null) {
			return "redirect:/login";
		}
		return pending.mustEnrol() ? "redirect:/login/two-factor/enrol" : "account/two-factor-login";
	}

	@PostMapping("/login/two-factor")
	String checkCode(@RequestParam(required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		var pending = PendingLogin.in(request, clock.instant());
		if (pending == null) {
			return "redirect:/login";
		}
		if (pending.mustEnrol()) {
			return "redirect:/login/two-factor/enrol";
		}
		if (refusedByThrottle(pending, model)) {
			return "account/two-factor-login";
		}
		var check = twoFactor.verify(pending.accountId(), code);
		if (!check.accepted()) {
			refuse(pending, model);
			return "account/two-factor-login";
		}
		signIn(pending, request, response, check == Check.RECOVERY_CODE_ACCEPTED ? SignInKind.SIGNED_IN_WITH_RECOVERY_CODE
				: SignInKind.SIGNED_IN);
		if (check == Check.RECOVERY_CODE_ACCEPTED) {
			var flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("notice", "mfa.login.recoveryCodeUsed");
			flash.put("noticeArg", twoFactor.recoveryCodesLeft(pending.accountId()));
			RequestContextUtils.saveOutputFlashMap("/mypage/security", request, response);
			return "redirect:/mypage/security";
		}
		// Redirects to the saved request (or /mypage); with the response as a parameter, Spring MVC
		// takes a null view as "handled".
		onwards.onAuthenticationSuccess(request, response, pending.authentication());
		return null;
	}

	@GetMapping("/login/two-factor/enrol")
	String enrolForm(HttpServletRequest request, Model model) {
		var pending = PendingLogin.in(request, clock.instant());
		if (pending == null) {
			return "redirect:/login";
		}
		if (!pending.mustEnrol()) {
			return "redirect:/login/two-factor";
		}
		showEnrolment(model, request.getSession(), pending.email(), "/login/two-factor/enrol");
		model.addAttribute("duringLogin", true);
		return "account/two-factor-enrol";
	}

	@PostMapping("/login/two-factor/enrol")
	String enrol(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var pending = PendingLogin.in(request, clock.instant());
		if (pending == null) {
			return "redirect:/login";
		}
		if (!pending.mustEnrol()) {
			return "redirect:/login/two-factor";
		}
		var session = request.getSession();
		if (!(session.getAttribute(ENROL_SECRET) instanceof String secret) || refusedByThrottle(pending, model)) {
			showEnrolment(model, session, pending.email(), "/login/two-factor/enrol");
			model.addAttribute("duringLogin", true);
			return "account/two-factor-enrol";
		}
		var codes = twoFactor.enable(pending.accountId(), secret, code);
		if (codes.isEmpty()) {
			refuse(pending, model);
			showEnrolment(model, session, pending.email(), "/login/two-factor/enrol");
			model.addAttribute("duringLogin", true);
			return "account/two-factor-enrol";
		}
		session.removeAttribute(ENROL_SECRET);
		signIn(pending, request, response, SignInKind.SIGNED_IN);
		return showCodesOnce(codes.get(), request, response);
	}

	/** Puts the secret (made once per session, kept until enrolment) and its QR code on the page. */
	static void showEnrolment(Model model, HttpSession session, String email, String action) {
		String secret = session.getAttribute(ENROL_SECRET) instanceof String kept ? kept : null;
		if (secret == null) {
			secret = Totp.newSecret();
			session.setAttribute(ENROL_SECRET, secret);
		}
		model.addAttribute("secret", TwoFactorQrCode.grouped(secret));
		model.addAttribute("qrCode", TwoFactorQrCode.svgDataUrl(TwoFactorQrCode.otpauthUri(email, secret)));
		model.addAttribute("action", action);
	}

	/** Recovery codes go to the next page by flash attribute: shown once, never stored readable. */
	static String showCodesOnce(List<String> codes, HttpServletRequest request, HttpServletResponse response) {
		RequestContextUtils.getOutputFlashMap(request).put("recoveryCodes", codes);
		RequestContextUtils.saveOutputFlashMap("/mypage/security/recovery-codes", request, response);
		return "redirect:/mypage/security/recovery-codes";
	}

	private boolean refusedByThrottle(PendingLogin pending, Model model) {
		var until = throttle.lockedUntil(pending.email(), pending.address());
		if (until.isEmpty()) {
			return false;
		}
		events.publishEvent(new SignInActivity(pending.accountId(), SignInKind.THROTTLED));
		showWait(until.get(), model);
		return true;
	}

	private void refuse(PendingLogin pending, Model model) {
		events.publishEvent(new SignInActivity(pending.accountId(), SignInKind.SECOND_FACTOR_REFUSED));
		var wait = throttle.recordFailure(pending.email(), pending.address());
		if (wait.isPresent()) {
			showWait(wait.get(), model);
		}
		else {
			model.addAttribute("codeError", "mfa.code.wrong");
		}
	}

	private void showWait(Instant until, Model model) {
		long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
		model.addAttribute("codeError", seconds > 120 ? "account.login.error.locked" : "account.login.error.slowed");
		model.addAttribute("codeErrorArg", seconds > 120 ? (seconds + 59) / 60 : seconds);
	}

	/**
	 * Both factors given: now the person is signed in, under a new session id (the one the
	 * password step had could have been seen by someone else: session fixation).
	 */
	private void signIn(PendingLogin pending, HttpServletRequest request, HttpServletResponse response,
			SignInKind kind) {
		request.getSession().removeAttribute(PendingLogin.SESSION_KEY);
		request.changeSessionId();
		var holder = SecurityContextHolder.getContextHolderStrategy();
		var context = holder.createEmptyContext();
		context.setAuthentication(pending.authentication());
		holder.setContext(context);
		TwoFactorLoginSuccessHandler.CONTEXTS.saveContext(context, request, response);
		throttle.recordSuccess(pending.email());
		events.publishEvent(new SignInActivity(pending.accountId(), kind));
	}
}
