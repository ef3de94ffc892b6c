package jp.manabi.portal.volunteer.web.partner;

import java.util.Map;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.volunteer.domain.Organisation;
import jp.manabi.portal.volunteer.domain.RequestNotFound;
import jp.manabi.portal.volunteer.domain.RequestReader;
import jp.manabi.portal.volunteer.domain.RequestRuleViolation;
import jp.manabi.portal.volunteer.domain.RequestService;
import jp.manabi.portal.volunteer.domain.VolunteerRequest;
import jp.manabi.portal.volunteer.web.RequestForm;
import jp.manabi.portal.volunteer.web.RequestFormSupport;
import jp.manabi.portal.volunteer.web.RequestFormSupport.Target;
import jp.manabi.portal.volunteer.web.RequestPaging;

/**
 * A school's or partner's own requests. Only its own: another organisation's request is a 404,
 * as is everything once staff deactivated the organisation.
 */
@Controller
@RequestMapping("/partner/requests")
class RequestPartnerController {

	private static final String BASE = "/partner/requests";

	private final RequestService service;
	private final RequestReader reader;
	private final RequestFormSupport forms;

	RequestPartnerController(RequestService service, RequestReader reader, RequestFormSupport forms) {
		this.service = service;
		this.reader = reader;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		var organisation = service.activeOrganisationOf(user.accountId());
		model.addAttribute("organisation", organisation);
		model.addAttribute("requests", reader.ofOrganisation(organisation.getId()));
		return "partner/request-list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		var organisation = service.activeOrganisationOf(user.accountId());
		return forms.page(model, null, RequestForm.blankForm(), target(organisation, null));
	}

	@PostMapping("/new")
	String create(@ModelAttribute RequestForm requestForm, BindingResult errors,
			@RequestParam(required = false) String addShift, @RequestParam(required = false) Integer removeShift,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var organisation = service.activeOrganisationOf(user.accountId());
		if (forms.changeRows(requestForm, errors, addShift, removeShift, model)) {
			return forms.page(model, null, requestForm, target(organisation, null));
		}
		forms.validate(requestForm, errors);
		if (!errors.hasErrors()) {
			try {
				long id = service.postByOrganisation(user.accountId(), requestForm.input());
				redirect.addFlashAttribute("notice", "volunteer.request.notice.created");
				return "redirect:" + BASE + "/" + id + "/edit";
			}
			catch (RequestRuleViolation violation) {
				forms.show(violation, errors);
			}
		}
		return forms.page(model, null, requestForm, target(organisation, null));
	}

	@GetMapping("/{id:[0-9]{1,15}}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var organisation = service.activeOrganisationOf(user.accountId());
		var request = own(id, user, organisation);
		return forms.page(model, request, RequestForm.formOf(request), target(organisation, request));
	}

	@PostMapping("/{id:[0-9]{1,15}}/edit")
	String update(@PathVariable long id, @ModelAttribute RequestForm requestForm, BindingResult errors,
			@RequestParam(required = false) String addShift, @RequestParam(required = false) Integer removeShift,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var organisation = service.activeOrganisationOf(user.accountId());
		var request = own(id, user, organisation);
		if (forms.changeRows(requestForm, errors, addShift, removeShift, model)) {
			return forms.page(model, request, requestForm, target(organisation, request));
		}
		if (requestForm.getVersion() == null || requestForm.getVersion() != request.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(VolunteerRequest.class, id);
		}
		forms.validate(requestForm, errors);
		if (!errors.hasErrors()) {
			try {
				service.update(id, requestForm.getVersion(), user, requestForm.input());
				redirect.addFlashAttribute("notice", "volunteer.request.notice.saved");
				return "redirect:" + BASE + "/" + id + "/edit";
			}
			catch (RequestRuleViolation violation) {
				forms.show(violation, errors);
			}
		}
		return forms.page(model, request, requestForm, target(organisation, request));
	}

	@PostMapping("/{id:[0-9]{1,15}}/status")
	String status(@PathVariable long id, @RequestParam String status, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		own(id, user, service.activeOrganisationOf(user.accountId()));
		RequestPaging.changeStatus(service, id, user, status, redirect);
		return "redirect:" + BASE + "/" + id + "/edit";
	}

	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView badRequest() {
		return new ModelAndView("error", Map.of("status", 400), HttpStatus.BAD_REQUEST);
	}

	private VolunteerRequest own(long id, CurrentUser user, Organisation organisation) {
		var request = service.coordinated(id, user);
		if (!organisation.getId().equals(request.getOrganisationId())) {
			throw new RequestNotFound();
		}
		return request;
	}

	private static Target target(Organisation organisation, VolunteerRequest request) {
		return new Target(request == null ? BASE + "/new" : BASE + "/" + request.getId() + "/edit", BASE,
				"volunteer.request.partner.list.title", organisation.getName(),
				request == null ? null : BASE + "/" + request.getId() + "/status");
	}
}
