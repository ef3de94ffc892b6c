package jp.manabi.portal.circle.web;

import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.circle.domain.Circle;
import jp.manabi.portal.circle.domain.JoinNotFound;
import jp.manabi.portal.circle.domain.JoinRefused;
import jp.manabi.portal.circle.domain.JoinRequestService;
import jp.manabi.portal.circle.domain.JoinState;
import jp.manabi.portal.circle.search.PublicCircles;

/**
 * 入会希望: the resident's join request form, their own requests, the leader's list of requests
 * to a circle, and the thread both sides share. Every request and thread is looked up with the
 * signed-in person, so one resident never reaches another's (404 for anyone not a side).
 */
@Controller
class JoinController {

	private static final String FORM = "circle/join-form";
	private static final String THREAD = "circle/my-joins-thread";

	private final PublicCircles circles;
	private final JoinRequestService joins;

	JoinController(PublicCircles circles, JoinRequestService joins) {
		this.circles = circles;
		this.joins = joins;
	}

	@InitBinder({ "joinForm", "joinDeclineForm" })
	void onlyTheFormsFields(WebDataBinder binder) {
		binder.setAllowedFields("message", "note");
	}

	/** Not a side of the thread, or no such request: the same 404 either way. */
	@ExceptionHandler(JoinNotFound.class)
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
	}

	@GetMapping("/circles/{id:[0-9]{1,15}}/join")
	String form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return formPage(listed(id), new JoinForm(), user, model);
	}

	@PostMapping("/circles/{id:[0-9]{1,15}}/join")
	String ask(@PathVariable long id, @Valid @ModelAttribute JoinForm joinForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var circle = listed(id);
		if (errors.hasErrors()) {
			return formPage(circle, joinForm, user, model);
		}
		try {
			long requestId = joins.ask(id, user.accountId(), joinForm.getMessage());
			redirect.addFlashAttribute("notice", "circle.join.sent");
			return "redirect:/mypage/joins/" + requestId;
		}
		catch (JoinRefused refused) {
			model.addAttribute("refused", refused.messageKey());
		}
		catch (DataIntegrityViolationException twice) {
			// The one-open-request index caught a second submit that slipped past the check.
			model.addAttribute("refused", "circle.join.refused.alreadyAsked");
		}
		return formPage(circle, joinForm, user, model);
	}

	@GetMapping("/mypage/joins")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("requests", joins.mine(user.accountId()));
		return "circle/my-joins";
	}

	@GetMapping("/mypage/circles/{id:[0-9]{1,15}}/joins")
	String toCircle(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("joins", joins.toCircle(id, user.accountId())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "circle/my-joins-circle";
	}

	@GetMapping("/mypage/joins/{requestId:[0-9]{1,15}}")
	String thread(@PathVariable long requestId, @AuthenticationPrincipal CurrentUser user, Model model) {
		return threadPage(requestId, new JoinForm(), new JoinDeclineForm(), user, model);
	}

	@PostMapping("/mypage/joins/{requestId:[0-9]{1,15}}/reply")
	String reply(@PathVariable long requestId, @Valid @ModelAttribute JoinForm joinForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return threadPage(requestId, joinForm, new JoinDeclineForm(), user, model);
		}
		return act(requestId, redirect, "circle.join.replied", () -> joins.reply(requestId, user.accountId(),
				joinForm.getMessage()));
	}

	@PostMapping("/mypage/joins/{requestId:[0-9]{1,15}}/accept")
	String accept(@PathVariable long requestId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(requestId, redirect, "circle.join.accepted", () -> joins.accept(requestId, user.accountId()));
	}

	@PostMapping("/mypage/joins/{requestId:[0-9]{1,15}}/decline")
	String decline(@PathVariable long requestId, @Valid @ModelAttribute JoinDeclineForm joinDeclineForm,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return threadPage(requestId, new JoinForm(), joinDeclineForm, user, model);
		}
		return act(requestId, redirect, "circle.join.declined",
				() -> joins.decline(requestId, user.accountId(), joinDeclineForm.getNote()));
	}

	@PostMapping("/mypage/joins/{requestId:[0-9]{1,15}}/withdraw")
	String withdraw(@PathVariable long requestId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(requestId, redirect, "circle.join.withdrawn", () -> joins.withdraw(requestId, user.accountId()));
	}

	/** Does one step of the thread; a refused step comes back as a notice, not an error page. */
	private static String act(long requestId, RedirectAttributes redirect, String doneKey, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", doneKey);
		}
		catch (JoinRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return "redirect:/mypage/joins/" + requestId;
	}

	private String threadPage(long requestId, JoinForm joinForm, JoinDeclineForm declineForm, CurrentUser user,
			Model model) {
		model.addAttribute("thread", joins.thread(requestId, user.accountId()));
		model.addAttribute("joinForm", joinForm);
		model.addAttribute("joinDeclineForm", declineForm);
		return THREAD;
	}

	private Circle listed(long id) {
		return circles.findListed(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String formPage(Circle circle, JoinForm form, CurrentUser user, Model model) {
		var state = joins.stateFor(circle, user.accountId());
		model.addAttribute("circle", circle);
		model.addAttribute("join", state);
		model.addAttribute("canAsk", state.kind() == JoinState.Kind.CAN_ASK);
		model.addAttribute("joinForm", form);
		return FORM;
	}
}
