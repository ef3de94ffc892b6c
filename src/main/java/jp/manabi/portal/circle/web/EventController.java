package jp.manabi.portal.circle.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.circle.domain.EventSignupRefused;
import jp.manabi.portal.circle.domain.EventSignupService;

/**
 * A listed circle's activity page (public) with the sign-up for events, and the resident's own
 * sign-ups on マイページ. Signing up needs a signed-in person: for anyone else the sign-up
 * addresses send them to the login page and back (a denied anonymous request is what starts
 * Spring Security's login, whichever paths are public).
 */
@Controller
class EventController {

	private static final String EVENT = "/circles/{id:[0-9]{1,15}}/activities/{activityId:[0-9]{1,15}}";

	private final EventSignupService signups;

	EventController(EventSignupService signups) {
		this.signups = signups;
	}

	@GetMapping(EVENT)
	String page(@PathVariable long id, @PathVariable long activityId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var event = signups.findPublic(id, activityId, user == null ? null : user.accountId())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("event", event);
		model.addAttribute("signedIn", user != null);
		return "circle/event-page";
	}

	/** Where "log in to sign up" leads: through the login page, back to the event. */
	@GetMapping(EVENT + "/signup")
	String toSignUp(@PathVariable long id, @PathVariable long activityId, @AuthenticationPrincipal CurrentUser user) {
		requireLogin(user);
		return "redirect:/circles/" + id + "/activities/" + activityId;
	}

	@PostMapping(EVENT + "/signup")
	String signUp(@PathVariable long id, @PathVariable long activityId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		requireLogin(user);
		signups.findPublic(id, activityId, null).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			signups.signUp(id, activityId, user.accountId());
			redirect.addFlashAttribute("notice", "circle.event.signedUp");
		}
		catch (EventSignupRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return "redirect:/circles/" + id + "/activities/" + activityId;
	}

	@GetMapping("/mypage/events")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("events", signups.ofResident(user.accountId()));
		return "circle/my-events";
	}

	@PostMapping("/mypage/events/{signupId:[0-9]{1,15}}/cancel")
	String cancel(@PathVariable long signupId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			signups.cancel(signupId, user.accountId());
			redirect.addFlashAttribute("notice", "circle.event.cancelledSignup");
		}
		catch (EventSignupRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return "redirect:/mypage/events";
	}

	private static void requireLogin(CurrentUser user) {
		if (user == null) {
			throw new AccessDeniedException("sign in to sign up");
		}
	}
}
