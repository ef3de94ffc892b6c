package jp.manabi.portal.account.web.admin;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.account.domain.AccountRepository;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.AccountService.DeletionRefused;
import jp.manabi.portal.account.domain.AccountService.EmailTakenException;

/** Administrators create the accounts of staff and counselors. */
@Controller
@RequestMapping("/admin/accounts")
class StaffAccountController {

	private final AccountService service;
	private final AccountRepository accounts;
	StaffAccountController(AccountService service, AccountRepository accounts) {
		this.service = service;
		this.accounts = accounts;
	}

	@ModelAttribute("assignableRoles")
	Role[] assignableRoles() {
		return new Role[] { Role.STAFF, Role.COUNSELOR, Role.ADMIN };
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("staff", accounts.findStaffAccounts());
		return "admin/account/list";
	}

	/**
	 * Deletes an account at its holder's request made at the counter or in writing: the same
	 * erasure as on マイページ, recorded as done by this administrator.
	 */
	@PostMapping("/delete")
	String delete(@RequestParam String email, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		var account = accounts.findByEmail(jp.manabi.portal.account.domain.Account.normalizeEmail(email));
		if (account.isEmpty() || account.get().isDeleted()) {
			redirect.addFlashAttribute("notice", "privacy.admin.delete.unknown");
			return "redirect:/admin/accounts";
		}
		if (account.get().getId() == admin.accountId()) {
			redirect.addFlashAttribute("notice", "privacy.admin.delete.self");
			return "redirect:/admin/accounts";
		}
		try {
			service.deleteByAdministrator(account.get().getId(), admin.accountId());
		}
		catch (DeletionRefused refused) {
			redirect.addFlashAttribute("deletionRefusals", refused.refusals());
			return "redirect:/admin/accounts";
		}
		redirect.addFlashAttribute("notice", "privacy.admin.delete.done");
		return "redirect:/admin/accounts";
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("staffAccountForm", new StaffAccountForm());
		return "admin/account/new";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute StaffAccountForm form, BindingResult errors, RedirectAttributes redirect) {
		if (form.getRoles() != null && form.getRoles().contains(Role.RESIDENT)) {
			errors.rejectValue("roles", "validation.roles.staffOnly");
		}
		if (errors.hasErrors()) {
			return "admin/account/new";
		}
		try {
			service.createStaffAccount(form.getEmail(), form.toDetails(), form.getRoles());
		}
		catch (EmailTakenException ex) {
			errors.rejectValue("email", "validation.email.taken");
			return "admin/account/new";
		}
		redirect.addFlashAttribute("notice", "admin.accounts.created");
		return "redirect:/admin/accounts";
	}
}
