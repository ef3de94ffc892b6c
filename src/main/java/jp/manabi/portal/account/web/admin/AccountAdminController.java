package jp.manabi.portal.account.web.admin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.AccountEvents;
import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.domain.Account;
import jp.manabi.portal.account.domain.AccountRepository;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.TwoFactorService;
import jp.manabi.portal.account.session.AccountSessions;

/**
 * An administrator's page for one account (any account, residents' too): its roles and state, how
 * many sessions it has, whether it has two-factor login, and the actions "end all its sessions",
 * "disable", "enable" and "reset two-factor login". Disabling ends the sessions in the same
 * transaction. Every view and action is audited.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private final AccountService service;
	private final AccountRepository accounts;
	private final AccountSessions sessions;
	private final TwoFactorService twoFactor;
	private final ApplicationEventPublisher events;

	AccountAdminController(AccountService service, AccountRepository accounts, AccountSessions sessions,
			TwoFactorService twoFactor, ApplicationEventPublisher events) {
		this.service = service;
		this.accounts = accounts;
		this.sessions = sessions;
		this.twoFactor = twoFactor;
		this.events = events;
	}

	/** Opens an account's page by its email address (residents are not listed). */
	@GetMapping("/find")
	String find(@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
		var account = accounts.findByEmail(Account.normalizeEmail(email)).filter(a -> !a.isDeleted());
		if (account.isEmpty()) {
			redirect.addFlashAttribute("notice", "sessions.admin.notFound");
			return "redirect:/admin/accounts";
		}
		return "redirect:/admin/accounts/" + account.get().getId();
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		var account = accounts.findById(id).filter(a -> !a.isDeleted())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		events.publishEvent(new AccountEvents.Administered(id, true, "account page"));
		model.addAttribute("account", account);
		model.addAttribute("sessionCount", sessions.count(id));
		model.addAttribute("twoFactorEnabled", twoFactor.isEnabled(id));
		return "admin/account/sessions-account";
	}

	@PostMapping("/{id:\\d+}/sessions/end")
	String endSessions(@PathVariable long id, RedirectAttributes redirect) {
		requireAccount(id);
		service.endSessionsByAdministrator(id);
		redirect.addFlashAttribute("notice", "sessions.admin.ended");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id:\\d+}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		requireAccount(id);
		if (id == admin.accountId()) {
			redirect.addFlashAttribute("notice", "sessions.admin.notSelf");
			return "redirect:/admin/accounts/" + id;
		}
		service.changeEnabled(id, false);
		redirect.addFlashAttribute("notice", "sessions.admin.disabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id:\\d+}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		requireAccount(id);
		service.changeEnabled(id, true);
		redirect.addFlashAttribute("notice", "sessions.admin.enabled");
		return "redirect:/admin/accounts/" + id;
	}

	/**
	 * Removes someone's second factor (a lost phone and lost recovery codes), after checking who
	 * they are at the counter. Audited; their sessions end and staff enrol again at their next login.
	 */
	@PostMapping("/{id:\\d+}/two-factor-reset")
	String resetTwoFactor(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		requireAccount(id);
		boolean reset = twoFactor.resetByAdministrator(id, admin.accountId());
		redirect.addFlashAttribute("notice", reset ? "mfa.admin.reset.done" : "mfa.admin.reset.none");
		return "redirect:/admin/accounts/" + id;
	}

	private void requireAccount(long id) {
		if (accounts.findById(id).filter(a -> !a.isDeleted()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
