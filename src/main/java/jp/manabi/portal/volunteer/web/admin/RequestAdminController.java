package jp.manabi.portal.volunteer.web.admin;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.volunteer.domain.PosterKind;
import jp.manabi.portal.volunteer.domain.RequestReader;
import jp.manabi.portal.volunteer.domain.RequestRuleViolation;
import jp.manabi.portal.volunteer.domain.RequestService;
import jp.manabi.portal.volunteer.domain.RequestStatus;
import jp.manabi.portal.volunteer.domain.VolunteerRequest;
import jp.manabi.portal.volunteer.web.RequestForm;
import jp.manabi.portal.volunteer.web.RequestFormSupport;
import jp.manabi.portal.volunteer.web.RequestFormSupport.Target;
import jp.manabi.portal.volunteer.web.RequestPaging;

/** Staff: every request, with filters; post one for the ward, edit any, close or cancel it. */
@Controller
@RequestMapping("/admin/volunteers/requests")
class RequestAdminController {

	static final int PAGE_SIZE = 20;
	private static final String BASE = "/admin/volunteers/requests";

	private final RequestService service;
	private final RequestReader reader;
	private final RequestFormSupport forms;

	RequestAdminController(RequestService service, RequestReader reader, RequestFormSupport forms) {
		this.service = service;
		this.reader = reader;
		this.forms = forms;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String page, Model model) {
		var filter = new RequestReader.StaffFilter(q, RequestPaging.parse(RequestStatus.class, status),
				RequestPaging.parse(PosterKind.class, kind));
		var result = reader.all(filter, RequestPaging.page(page) - 1, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("requests", result);
		model.addAttribute("posterNames", reader.posterNames(result.getContent()));
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("posterKinds", PosterKind.values());
		model.addAttribute("listUrl", UriComponentsBuilder.fromPath(BASE)
				.queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
				.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
				.queryParamIfPresent("kind", Optional.ofNullable(filter.posterKind())).encode().build().toUriString());
		return "admin/volunteer/request-list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return forms.page(model, null, RequestForm.blankForm(), target(null));
	}

	@PostMapping("/new")
	String create(@ModelAttribute RequestForm requestForm, BindingResult errors,
			@RequestParam(required = false) String addShift, @RequestParam(required = false) Integer removeShift,
			@AuthenticationPrincipal CurrentUser staff, Model model, RedirectAttributes redirect) {
		if (forms.changeRows(requestForm, errors, addShift, removeShift, model)) {
			return forms.page(model, null, requestForm, target(null));
		}
		forms.validate(requestForm, errors);
		if (!errors.hasErrors()) {
			try {
				long id = service.postByStaff(staff.accountId(), requestForm.input());
				redirect.addFlashAttribute("notice", "volunteer.request.notice.created");
				return "redirect:" + BASE + "/" + id + "/edit";
			}
			catch (RequestRuleViolation violation) {
				forms.show(violation, errors);
			}
		}
		return forms.page(model, null, requestForm, target(null));
	}

	@GetMapping("/{id:[0-9]{1,15}}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser staff, Model model) {
		var request = service.coordinated(id, staff);
		return forms.page(model, request, RequestForm.formOf(request), target(request));
	}

	@PostMapping("/{id:[0-9]{1,15}}/edit")
	String update(@PathVariable long id, @ModelAttribute RequestForm requestForm, BindingResult errors,
			@RequestParam(required = false) String addShift, @RequestParam(required = false) Integer removeShift,
			@AuthenticationPrincipal CurrentUser staff, Model model, RedirectAttributes redirect) {
		var request = service.coordinated(id, staff);
		if (forms.changeRows(requestForm, errors, addShift, removeShift, model)) {
			return forms.page(model, request, requestForm, target(request));
		}
		if (requestForm.getVersion() == null || requestForm.getVersion() != request.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(VolunteerRequest.class, id);
		}
		forms.validate(requestForm, errors);
		if (!errors.hasErrors()) {
			try {
				service.update(id, requestForm.getVersion(), staff, requestForm.input());
				redirect.addFlashAttribute("notice", "volunteer.request.notice.saved");
				return "redirect:" + BASE + "/" + id + "/edit";
			}
			catch (RequestRuleViolation violation) {
				forms.show(violation, errors);
			}
		}
		return forms.page(model, request, requestForm, target(request));
	}

	@PostMapping("/{id:[0-9]{1,15}}/status")
	String status(@PathVariable long id, @RequestParam String status, @AuthenticationPrincipal CurrentUser staff,
			RedirectAttributes redirect) {
		RequestPaging.changeStatus(service, id, staff, status, redirect);
		return "redirect:" + BASE + "/" + id + "/edit";
	}

	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView badRequest() {
		return new ModelAndView("error", Map.of("status", 400), HttpStatus.BAD_REQUEST);
	}

	private static Target target(VolunteerRequest request) {
		return new Target(request == null ? BASE + "/new" : BASE + "/" + request.getId() + "/edit", BASE,
				"volunteer.request.admin.list.title", null, request == null ? null : BASE + "/" + request.getId() + "/status");
	}

	static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}
}
