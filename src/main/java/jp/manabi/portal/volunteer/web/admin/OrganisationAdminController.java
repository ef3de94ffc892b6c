package jp.manabi.portal.volunteer.web.admin;

import java.util.HashMap;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.volunteer.domain.Organisation;
import jp.manabi.portal.volunteer.domain.OrganisationKind;
import jp.manabi.portal.volunteer.domain.OrganisationService;

/** Staff: the organisations that post requests, a new one with its account, and deactivating one. */
@Controller
@RequestMapping("/admin/volunteers/organisations")
class OrganisationAdminController {

	private final OrganisationService organisations;
	private final Accounts accounts;

	OrganisationAdminController(OrganisationService organisations, Accounts accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("organisationForm")) {
			model.addAttribute("organisationForm", new OrganisationForm());
		}
		var all = organisations.all();
		var contacts = new HashMap<Long, String>();
		accounts.findAll(all.stream().map(Organisation::getAccountId).toList())
				.forEach((id, account) -> contacts.put(id, account.email()));
		model.addAttribute("organisations", all);
		model.addAttribute("contacts", contacts);
		model.addAttribute("kinds", OrganisationKind.values());
		return "admin/volunteer/organisation-list";
	}

	@PostMapping
	String create(@Valid @ModelAttribute OrganisationForm organisationForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				organisations.create(organisationForm.getName().strip(), organisationForm.getKind(),
						organisationForm.getEmail().strip(), organisationForm.getContactName().strip());
				redirect.addFlashAttribute("notice", "volunteer.org.notice.created");
				return "redirect:/admin/volunteers/organisations";
			}
			catch (OrganisationService.EmailTaken taken) {
				errors.rejectValue("email", "volunteer.org.emailTaken");
			}
		}
		return list(model);
	}

	@PostMapping("/{id:[0-9]{1,15}}/active")
	String active(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		organisations.setActive(id, active);
		redirect.addFlashAttribute("notice", active ? "volunteer.org.notice.activated" : "volunteer.org.notice.deactivated");
		return "redirect:/admin/volunteers/organisations";
	}
}
