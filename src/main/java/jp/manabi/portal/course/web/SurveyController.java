package jp.manabi.portal.course.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.course.domain.SurveyRefused;
import jp.manabi.portal.course.domain.SurveyService;
import jp.manabi.portal.course.domain.SurveyService.SurveyTarget;

/**
 * The satisfaction survey after a course, for the signed-in person's own application only:
 * another resident's application id is not found.
 */
@Controller
@RequestMapping("/mypage/applications/{applicationId:[0-9]{1,15}}/survey")
class SurveyController {

	private static final String PAGE = "course/survey";

	/** The choices, the best first. */
	static final List<Integer> LEVELS = List.of(5, 4, 3, 2, 1);

	private final SurveyService surveys;

	SurveyController(SurveyService surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	String form(@PathVariable long applicationId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("surveyForm", new SurveyForm());
		return page(target(applicationId, user), model);
	}

	@PostMapping
	String answer(@PathVariable long applicationId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute SurveyForm surveyForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var target = target(applicationId, user);
		if (!target.open() || errors.hasErrors()) {
			return page(target, model);
		}
		try {
			surveys.answer(applicationId, user.accountId(), surveyForm.toAnswer());
		}
		catch (SurveyRefused refused) {
			// Answered in another tab a moment ago.
			model.addAttribute("refusal", refused.messageKey());
			return page(target(applicationId, user), model);
		}
		redirect.addFlashAttribute("notice", "course-after.survey.thanks");
		return "redirect:/mypage/applications";
	}

	private SurveyTarget target(long applicationId, CurrentUser user) {
		return surveys.find(applicationId, user.accountId())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String page(SurveyTarget target, Model model) {
		model.addAttribute("target", target);
		model.addAttribute("levels", LEVELS);
		if (!target.open() && !model.containsAttribute("refusal")) {
			model.addAttribute("refusal", target.state().messageKey());
		}
		return PAGE;
	}
}
