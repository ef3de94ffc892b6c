package jp.manabi.portal.circle.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.circle.domain.ActivityKind;
import jp.manabi.portal.circle.domain.ActivityProblem;
import jp.manabi.portal.circle.domain.ActivityRefused;
import jp.manabi.portal.circle.domain.ActivityService;
import jp.manabi.portal.circle.domain.ActivityService.ActivityNotFound;
import jp.manabi.portal.circle.domain.Circle;

/**
 * A leader's activities: list, post, edit, cancel, and who signed up for an event (display
 * names only). Every request goes through the service with the signed-in account, which answers
 * 404 unless the account leads or co-leads the circle and the activity is that circle's.
 */
@Controller
@RequestMapping("/mypage/circles/{id:[0-9]{1,15}}/activities")
class ActivityController {

	private static final String FORM = "circle/activity-form";

	private final ActivityService activities;

	ActivityController(ActivityService activities) {
		this.activities = activities;
	}

	@InitBinder("activityForm")
	void onlyTheFormsFields(WebDataBinder binder) {
		binder.setAllowedFields("kind", "title", "description", "date", "startsAt", "endsAt", "place", "areaCode",
				"feeYen", "capacity", "signupOpen");
	}

	@ExceptionHandler(ActivityNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@GetMapping
	String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var circle = circle(id, user);
		model.addAttribute("circle", circle);
		model.addAttribute("mayPostEvents", activities.mayPostEvents(circle));
		model.addAttribute("activities", activities.list(id, user.accountId()));
		return "circle/activity-list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var circle = circle(id, user);
		var form = new ActivityForm();
		form.setKind(activities.mayPostEvents(circle) ? ActivityKind.EVENT : ActivityKind.MEETING);
		return formPage(circle, null, form, model);
	}

	@PostMapping("/new")
	String post(@PathVariable long id, @Valid @ModelAttribute ActivityForm activityForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var circle = circle(id, user);
		if (!errors.hasErrors()) {
			reject(errors, activities.problems(circle, activityForm.toDetails(), null, 0));
		}
		if (errors.hasErrors()) {
			return formPage(circle, null, activityForm, model);
		}
		try {
			activities.post(id, user.accountId(), activityForm.toDetails());
		}
		catch (ActivityRefused refused) {
			reject(errors, refused.problems());
			return formPage(circle, null, activityForm, model);
		}
		redirect.addFlashAttribute("notice", "circle.activity.posted");
		return "redirect:/mypage/circles/" + id + "/activities";
	}

	@GetMapping("/{activityId:[0-9]{1,15}}")
	String signups(@PathVariable long id, @PathVariable long activityId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var circle = circle(id, user);
		model.addAttribute("circle", circle);
		model.addAttribute("entry", activities.find(id, activityId, user.accountId()));
		model.addAttribute("names", activities.signedUpNames(id, activityId, user.accountId()));
		return "circle/activity-signups";
	}

	@GetMapping("/{activityId:[0-9]{1,15}}/edit")
	String editForm(@PathVariable long id, @PathVariable long activityId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var circle = circle(id, user);
		var entry = activities.find(id, activityId, user.accountId());
		return formPage(circle, entry, ActivityForm.of(entry.activity().details()), model);
	}

	@PostMapping("/{activityId:[0-9]{1,15}}/edit")
	String edit(@PathVariable long id, @PathVariable long activityId, @Valid @ModelAttribute ActivityForm activityForm,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		var circle = circle(id, user);
		var entry = activities.find(id, activityId, user.accountId());
		if (errors.hasErrors()) {
			return formPage(circle, entry, activityForm, model);
		}
		try {
			activities.edit(id, activityId, user.accountId(), activityForm.toDetails());
		}
		catch (ActivityRefused refused) {
			reject(errors, refused.problems());
			return formPage(circle, entry, activityForm, model);
		}
		redirect.addFlashAttribute("notice", "circle.activity.saved");
		return "redirect:/mypage/circles/" + id + "/activities";
	}

	@PostMapping("/{activityId:[0-9]{1,15}}/cancel")
	String cancel(@PathVariable long id, @PathVariable long activityId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		activities.cancel(id, activityId, user.accountId());
		redirect.addFlashAttribute("notice", "circle.activity.cancelledNotice");
		return "redirect:/mypage/circles/" + id + "/activities";
	}

	private Circle circle(long id, CurrentUser user) {
		return activities.managed(id, user.accountId()).orElseThrow(ActivityNotFound::new);
	}

	private String formPage(Circle circle, ActivityService.LeaderActivity entry, ActivityForm form, Model model) {
		model.addAttribute("circle", circle);
		model.addAttribute("entry", entry);
		model.addAttribute("activityForm", form);
		model.addAttribute("mayPostEvents", activities.mayPostEvents(circle));
		model.addAttribute("kinds", ActivityKind.values());
		return FORM;
	}

	static void reject(BindingResult errors, List<ActivityProblem> problems) {
		for (var problem : problems) {
			if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}
}
