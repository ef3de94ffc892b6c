package jp.manabi.portal.volunteer.web.circle;

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
import jp.manabi.portal.circle.CircleSummary;
import jp.manabi.portal.circle.Circles;
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
 * A circle's requests for volunteers, for its leader and co-leaders only (404 for anyone else).
 * Only a registered circle may post a new one.
 */
@Controller
@RequestMapping("/mypage/circles/{circleId:[0-9]{1,15}}/volunteer-requests")
class CircleVolunteerRequestController {

	private final RequestService service;
	private final RequestReader reader;
	private final RequestFormSupport forms;
	private final Circles circles;

	CircleVolunteerRequestController(RequestService service, RequestReader reader, RequestFormSupport forms,
			Circles circles) {
		this.service = service;
		this.reader = reader;
		this.forms = forms;
		this.circles = circles;
	}

	@GetMapping
	String list(@PathVariable long circleId, @AuthenticationPrincipal CurrentUser user, Model model) {
		var circle = managed(circleId, user);
		model.addAttribute("circle", circle);
		model.addAttribute("mayPost", service.mayPostForCircle(circleId, user.accountId()));
		model.addAttribute("requests", reader.ofCircle(circleId));
		return "circle/volunteer-request-list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long circleId, @AuthenticationPrincipal CurrentUser user, Model model) {
		var circle = postable(circleId, user);
		return forms.page(model, null, RequestForm.blankForm(), target(circle, null));
	}

	@PostMapping("/new")
	String create(@PathVariable long circleId, @ModelAttribute RequestForm requestForm, BindingResult errors,
			@RequestParam(required = false) String addShift, @RequestParam(required = false) Integer removeShift,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var circle = postable(circleId, user);
		if (forms.changeRows(requestForm, errors, addShift, removeShift, model)) {
			return forms.page(model, null, requestForm, target(circle, null));
		}
		forms.validate(requestForm, errors);
		if (!errors.hasErrors()) {
			try {
				long id = service.postByCircle(circleId, user.accountId(), requestForm.input());
				redirect.addFlashAttribute("notice", "volunteer.request.notice.created");
				return "redirect:" + base(circleId) + "/" + id + "/edit";
			}
			catch (RequestRuleViolation violation) {
				forms.show(violation, errors);
			}
		}
		return forms.page(model, null, requestForm, target(circle, null));
	}

	@GetMapping("/{id:[0-9]{1,15}}/edit")
	String edit(@PathVariable long circleId, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var circle = managed(circleId, user);
		var request = own(circleId, id, user);
		return forms.page(model, request, RequestForm.formOf(request), target(circle, request));
	}

	@PostMapping("/{id:[0-9]{1,15}}/edit")
	String update(@PathVariable long circleId, @PathVariable long id, @ModelAttribute RequestForm requestForm,
			BindingResult errors, @RequestParam(required = false) String addShift,
			@RequestParam(required = false) Integer removeShift, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		var circle = managed(circleId, user);
		var request = own(circleId, id, user);
		if (forms.changeRows(requestForm, errors, addShift, removeShift, model)) {
			return forms.page(model, request, requestForm, target(circle, request));
		}
		if (requestForm.getVersion() == null || requestForm.getVersion() != request.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(VolunteerRequest.class, id);
		}
		forms.validate(requestForm, errors);
		if (!errors.hasErrors()) {
			try {
				service.update(id, requestForm.getVersion(), user, requestForm.input());
				redirect.addFlashAttribute("notice", "volunteer.request.notice.saved");
				return "redirect:" + base(circleId) + "/" + id + "/edit";
			}
			catch (RequestRuleViolation violation) {
				forms.show(violation, errors);
			}
		}
		return forms.page(model, request, requestForm, target(circle, request));
	}

	@PostMapping("/{id:[0-9]{1,15}}/status")
	String status(@PathVariable long circleId, @PathVariable long id, @RequestParam String status,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		managed(circleId, user);
		own(circleId, id, user);
		RequestPaging.changeStatus(service, id, user, status, redirect);
		return "redirect:" + base(circleId) + "/" + id + "/edit";
	}

	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView badRequest() {
		return new ModelAndView("error", Map.of("status", 400), HttpStatus.BAD_REQUEST);
	}

	private CircleSummary managed(long circleId, CurrentUser user) {
		if (!circles.manages(circleId, user.accountId())) {
			throw new RequestNotFound();
		}
		return circles.find(circleId).orElseThrow(RequestNotFound::new);
	}

	private CircleSummary postable(long circleId, CurrentUser user) {
		var circle = managed(circleId, user);
		if (!service.mayPostForCircle(circleId, user.accountId())) {
			throw new RequestNotFound();
		}
		return circle;
	}

	private VolunteerRequest own(long circleId, long id, CurrentUser user) {
		var request = service.coordinated(id, user);
		if (request.getCircleId() == null || request.getCircleId() != circleId) {
			throw new RequestNotFound();
		}
		return request;
	}

	private static String base(long circleId) {
		return "/mypage/circles/" + circleId + "/volunteer-requests";
	}

	private static Target target(CircleSummary circle, VolunteerRequest request) {
		String base = base(circle.id());
		return new Target(request == null ? base + "/new" : base + "/" + request.getId() + "/edit", base,
				"volunteer.request.circle.list.title", circle.name(),
				request == null ? null : base + "/" + request.getId() + "/status");
	}
}
