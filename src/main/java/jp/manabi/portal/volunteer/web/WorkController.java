package jp.manabi.portal.volunteer.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.volunteer.domain.AssignmentNotFound;
import jp.manabi.portal.volunteer.domain.ParticipationRefused;
import jp.manabi.portal.volunteer.domain.ParticipationService;
import jp.manabi.portal.volunteer.domain.ParticipationViews;

/**
 * The volunteer's own work: applications, invitations to accept or decline, places to withdraw
 * from, history and hours per fiscal year. Assignments are loaded by id and the signed-in
 * account's profile, so another's are a 404.
 */
@Controller
class WorkController {

	private static final String WORK = "redirect:/mypage/volunteer/work";

	private final ParticipationViews views;
	private final ParticipationService participation;

	WorkController(ParticipationViews views, ParticipationService participation) {
		this.views = views;
		this.participation = participation;
	}

	@ExceptionHandler(AssignmentNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@GetMapping("/mypage/volunteer/work")
	String work(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("work", views.workPage(user.accountId()));
		return "volunteer/work";
	}

	@PostMapping("/mypage/volunteer/work/{assignmentId:[0-9]{1,15}}/accept")
	String accept(@PathVariable long assignmentId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(() -> participation.accept(assignmentId, user.accountId()), "volunteer.work.accepted", redirect);
	}

	@PostMapping("/mypage/volunteer/work/{assignmentId:[0-9]{1,15}}/decline")
	String decline(@PathVariable long assignmentId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(() -> participation.declineInvitation(assignmentId, user.accountId()), "volunteer.work.declined",
				redirect);
	}

	@PostMapping("/mypage/volunteer/work/{assignmentId:[0-9]{1,15}}/withdraw")
	String withdraw(@PathVariable long assignmentId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(() -> participation.withdraw(assignmentId, user.accountId()), "volunteer.work.withdrawn",
				redirect);
	}

	private static String act(Runnable action, String done, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ParticipationRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return WORK;
	}
}
