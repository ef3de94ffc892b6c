package jp.manabi.portal.account.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.domain.AccountService;

/** マイページ: the signed-in person's own profile and password. Always their own account. */
@Controller
class MyPageController {

	private final AccountService accounts;
	private final AccountFormChecks checks;

	MyPageController(AccountService accounts, AccountFormChecks checks) {
		this.accounts = accounts;
		this.checks = checks;
	}

	@GetMapping("/mypage")
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("account", accounts.get(user.accountId()));
		return "account/mypage";
	}

	@GetMapping("/mypage/profile")
	String profileForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("profileForm", ProfileForm.of(accounts.get(user.accountId())));
		return "account/profile";
	}

	@PostMapping("/mypage/profile")
	String saveProfile(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute ProfileForm form,
			BindingResult errors, RedirectAttributes redirect) {
		checks.checkPersonal(form, errors);
		if (errors.hasErrors()) {
			return "account/profile";
		}
		accounts.updateProfile(user.accountId(), form.getVersion(), form.toDetails());
		redirect.addFlashAttribute("notice", "account.profile.saved");
		return "redirect:/mypage";
	}

	@GetMapping("/mypage/password")
	String passwordForm(Model model) {
		model.addAttribute("passwordChangeForm", new PasswordChangeForm());
		return "account/password-change";
	}

	@PostMapping("/mypage/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute PasswordChangeForm form,
			BindingResult errors, jakarta.servlet.http.HttpSession session, RedirectAttributes redirect) {
		checks.checkNewPassword("newPassword", form.getNewPassword(), "newPasswordConfirmation",
				form.getNewPasswordConfirmation(), user.getUsername(), errors);
		if (errors.hasErrors()) {
			return "account/password-change";
		}
		// Ends the account's other sessions; this one stays signed in.
		if (!accounts.changePassword(user.accountId(), form.getCurrentPassword(), form.getNewPassword(),
				session.getId())) {
			errors.rejectValue("currentPassword", "validation.password.currentWrong");
			return "account/password-change";
		}
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:/mypage";
	}
}
