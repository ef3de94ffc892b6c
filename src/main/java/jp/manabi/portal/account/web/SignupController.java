package jp.manabi.portal.account.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.AccountService.EmailTakenException;

/** Sign-up and the email verification that follows it. */
@Controller
class SignupController {

	private final AccountService accounts;
	private final AccountFormChecks checks;

	SignupController(AccountService accounts, AccountFormChecks checks) {
		this.accounts = accounts;
		this.checks = checks;
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("signupForm", new SignupForm());
		return "account/signup";
	}

	@PostMapping("/signup")
	String signup(@Valid @ModelAttribute SignupForm form, BindingResult errors, RedirectAttributes redirect) {
		checks.checkPersonal(form, errors);
		checks.checkNewPassword("password", form.getPassword(), "passwordConfirmation", form.getPasswordConfirmation(),
				form.getEmail(), errors);
		if (errors.hasErrors()) {
			return "account/signup";
		}
		try {
			accounts.register(form.getEmail(), form.getPassword(), form.toDetails());
		}
		catch (EmailTakenException ex) {
			errors.rejectValue("email", "validation.email.taken");
			return "account/signup";
		}
		redirect.addFlashAttribute("email", form.getEmail());
		return "redirect:/signup/sent";
	}

	@GetMapping("/signup/sent")
	String sent() {
		return "account/signup-sent";
	}

	@GetMapping("/verify")
	String verify(@RequestParam(required = false) String token, Model model) {
		var problem = accounts.verifyEmail(token);
		if (problem.isPresent()) {
			model.addAttribute("problem", problem.get());
			return "account/verify-failed";
		}
		return "account/verified";
	}

	@GetMapping("/verify/resend")
	String resendForm(Model model) {
		model.addAttribute("emailForm", new EmailForm());
		return "account/verify-resend";
	}

	/** Says the same whether or not the address has an account waiting for verification. */
	@PostMapping("/verify/resend")
	String resend(@Valid @ModelAttribute EmailForm emailForm, BindingResult errors) {
		if (errors.hasErrors()) {
			return "account/verify-resend";
		}
		accounts.resendVerification(emailForm.getEmail());
		return "redirect:/signup/sent";
	}
}
