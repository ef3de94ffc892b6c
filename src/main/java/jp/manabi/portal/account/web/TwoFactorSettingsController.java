package jp.manabi.portal.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.domain.TwoFactorService;
import jp.manabi.portal.account.domain.TwoFactorService.RequiredForRole;

/**
 * マイページ → ログインの安全: turn two-factor login on (residents, leaders, organisations may;
 * staff already have it), renew the recovery codes, turn it off (needs the password or a code).
 */
@Controller
class TwoFactorSettingsController {

	private final TwoFactorService twoFactor;

	TwoFactorSettingsController(TwoFactorService twoFactor) {
		this.twoFactor = twoFactor;
	}

	@GetMapping("/mypage/security")
	String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("enabled", twoFactor.isEnabled(user.accountId()));
		model.addAttribute("required", TwoFactorService.isRequiredFor(user.roles()));
		model.addAttribute("codesLeft", twoFactor.recoveryCodesLeft(user.accountId()));
		return "account/two-factor-settings";
	}

	@GetMapping("/mypage/security/enrol")
	String enrolForm(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		if (twoFactor.isEnabled(user.accountId())) {
			return "redirect:/mypage/security";
		}
		TwoFactorLoginController.showEnrolment(model, request.getSession(), user.getUsername(), "/mypage/security/enrol");
		return "account/two-factor-enrol";
	}

	@PostMapping("/mypage/security/enrol")
	String enrol(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (twoFactor.isEnabled(user.accountId())) {
			return "redirect:/mypage/security";
		}
		var session = request.getSession();
		var codes = session.getAttribute(TwoFactorLoginController.ENROL_SECRET) instanceof String secret
				? twoFactor.enable(user.accountId(), secret, code)
				: java.util.Optional.<List<String>>empty();
		if (codes.isEmpty()) {
			model.addAttribute("codeError", "mfa.code.wrong");
			TwoFactorLoginController.showEnrolment(model, session, user.getUsername(), "/mypage/security/enrol");
			return "account/two-factor-enrol";
		}
		session.removeAttribute(TwoFactorLoginController.ENROL_SECRET);
		return TwoFactorLoginController.showCodesOnce(codes.get(), request, response);
	}

	/** Shown once, straight after they were made; afterwards only their number is known. */
	@GetMapping("/mypage/security/recovery-codes")
	String recoveryCodes(Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			return "redirect:/mypage/security";
		}
		return "account/two-factor-codes";
	}

	@PostMapping("/mypage/security/recovery-codes")
	String renewRecoveryCodes(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String confirmation, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		var codes = twoFactor.renewRecoveryCodes(user.accountId(), confirmation);
		if (codes.isEmpty()) {
			redirect.addFlashAttribute("confirmationError", "mfa.confirmation.wrong");
			return "redirect:/mypage/security";
		}
		return TwoFactorLoginController.showCodesOnce(codes.get(), request, response);
	}

	@PostMapping("/mypage/security/disable")
	String disable(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String confirmation,
			RedirectAttributes redirect) {
		try {
			if (!twoFactor.disable(user.accountId(), confirmation)) {
				redirect.addFlashAttribute("confirmationError", "mfa.confirmation.wrong");
				return "redirect:/mypage/security";
			}
		}
		catch (RequiredForRole ex) {
			redirect.addFlashAttribute("notice", "mfa.settings.required");
			return "redirect:/mypage/security";
		}
		redirect.addFlashAttribute("notice", "mfa.settings.disabled");
		return "redirect:/mypage/security";
	}
}
