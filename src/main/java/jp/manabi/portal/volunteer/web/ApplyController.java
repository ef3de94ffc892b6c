package jp.manabi.portal.volunteer.web;

import java.io.IOException;

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
import jp.manabi.portal.volunteer.domain.AssignmentNotFound;
import jp.manabi.portal.volunteer.domain.ParticipationRefused;
import jp.manabi.portal.volunteer.domain.ParticipationService;
import jp.manabi.portal.volunteer.domain.ParticipationViews;

/**
 * A registered volunteer applies for shifts of an open request. Anyone else signed in gets a page
 * pointing to the volunteer registration at /mypage/volunteer.
 */
@Controller
@RequestMapping("/volunteers/requests/{id:[0-9]{1,15}}/apply")
class ApplyController {

	private final ParticipationViews views;
	private final ParticipationService participation;

	ApplyController(ParticipationViews views, ParticipationService participation) {
		this.views = views;
		this.participation = participation;
	}

	@InitBinder("applyForm")
	void onlyTheFormsFields(WebDataBinder binder) {
		binder.setAllowedFields("shiftIds", "message");
	}

	@ExceptionHandler(AssignmentNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@GetMapping
	String form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, user, new ApplyForm(), model);
	}

	@PostMapping
	String apply(@PathVariable long id, @Valid @ModelAttribute ApplyForm applyForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(id, user, applyForm, model);
		}
		try {
			participation.apply(id, user.accountId(), applyForm.getShiftIds(), applyForm.getMessage());
		}
		catch (ParticipationRefused refused) {
			errors.reject(refused.messageKey());
			return page(id, user, applyForm, model);
		}
		redirect.addFlashAttribute("notice", "volunteer.apply.done");
		return "redirect:/mypage/volunteer/work";
	}

	private String page(long id, CurrentUser user, ApplyForm form, Model model) {
		var page = views.applyPage(id, user.accountId()).orElseThrow(AssignmentNotFound::new);
		model.addAttribute("page", page);
		if (!page.registered()) {
			return "volunteer/apply-unregistered";
		}
		model.addAttribute("applyForm", form);
		return "volunteer/apply";
	}
}
