package jp.manabi.portal.account.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.manabi.portal.account.domain.AccountService;

/** "Forgot your password?": a link by mail that works once and for a short while. */
@Controller
class PasswordResetController {

	private final AccountService accounts;
	private final AccountFormChecks checks;

	PasswordResetController(AccountService accounts, AccountFormChecks checks) {
		this.accounts = accounts;
		this.checks = checks;
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("emailForm", new EmailForm());
		return "account/password-forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@Valid @ModelAttribute EmailForm emailForm, BindingResult errors) {
		if (errors.hasErrors()) {
			return "account/password-forgot";
		}
		accounts.requestPasswordReset(emailForm.getEmail());
		return "redirect:/password/forgot/sent";
	}

	@GetMapping("/password/forgot/sent")
	String sent() {
		return "account/password-forgot-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		var problem = accounts.checkResetToken(token);
		if (problem.isPresent()) {
			model.addAttribute("problem", problem.get());
			return "account/password-reset-failed";
		}
		var form = new PasswordResetForm();
		form.setToken(token);
		model.addAttribute("passwordResetForm", form);
		return "account/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute PasswordResetForm form, BindingResult errors, Model model) {
		checks.checkNewPassword("newPassword", form.getNewPassword(), "newPasswordConfirmation",
				form.getNewPasswordConfirmation(), null, errors);
		if (errors.hasErrors()) {
			return "account/password-reset";
		}
		var problem = accounts.resetPassword(form.getToken(), form.getNewPassword());
		if (problem.isPresent()) {
			model.addAttribute("problem", problem.get());
			return "account/password-reset-failed";
		}
		return "redirect:/login?reset";
	}
}
