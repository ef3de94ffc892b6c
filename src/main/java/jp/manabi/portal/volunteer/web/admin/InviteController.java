package jp.manabi.portal.volunteer.web.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.volunteer.domain.AssignmentNotFound;
import jp.manabi.portal.volunteer.domain.ParticipationRefused;
import jp.manabi.portal.volunteer.domain.ParticipationService;

/**
 * Staff invite a registered volunteer to a shift of a request: from the matching page (its form
 * per candidate) or the request's assignments page (by registration number). Back to the
 * matching page when it came from there, otherwise to the assignments page, with a notice.
 */
@Controller
class InviteController {

	static final int MAX_MESSAGE = 1000;

	private final ParticipationService participation;

	InviteController(ParticipationService participation) {
		this.participation = participation;
	}

	@ExceptionHandler(AssignmentNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@PostMapping("/admin/volunteers/requests/{id:[0-9]{1,15}}/invite")
	String invite(@PathVariable long id, @RequestParam(required = false) String profileId,
			@RequestParam(required = false) String shiftId, @RequestParam(required = false) String message,
			@RequestHeader(name = "Referer", required = false) String referer,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String back = referer != null && referer.contains("/admin/volunteers/requests/" + id + "/matches")
				? "redirect:/admin/volunteers/requests/" + id + "/matches"
				: "redirect:/admin/volunteers/requests/" + id + "/assignments";
		Long profile = number(profileId);
		Long shift = number(shiftId);
		if (profile == null || shift == null) {
			redirect.addFlashAttribute("notice", "volunteer.assign.refused.inviteFields");
			return back;
		}
		String text = message == null || message.isBlank() ? null : message.strip();
		if (text != null && (text.length() > MAX_MESSAGE || !text.matches("[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*"))) {
			redirect.addFlashAttribute("notice", "volunteer.assign.refused.inviteMessage");
			return back;
		}
		try {
			participation.invite(id, profile, shift, text, user);
			redirect.addFlashAttribute("notice", "volunteer.assign.invited");
		}
		catch (ParticipationRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return back;
	}

	private static Long number(String text) {
		return text != null && text.strip().matches("[0-9]{1,15}") ? Long.valueOf(text.strip()) : null;
	}
}
