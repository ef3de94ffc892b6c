package jp.manabi.portal.volunteer.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.volunteer.domain.AssignmentBoard;
import jp.manabi.portal.volunteer.domain.AssignmentNotFound;
import jp.manabi.portal.volunteer.domain.ParticipationRefused;
import jp.manabi.portal.volunteer.domain.ParticipationService;
import jp.manabi.portal.volunteer.domain.VolunteerRequest;

/**
 * A request's applicants per shift, for its coordinators, at three addresses with one page:
 * staff under /admin (names and contact, audited), an organisation under /partner and a circle's
 * leaders under their circle (only what volunteers made public). Every page and action goes
 * through {@link jp.manabi.portal.volunteer.domain.RequestCoordinators}: 404 for anyone else,
 * and for a circle path whose circle is not the request's.
 */
@Controller
class AssignmentController {

	static final String STAFF = "/admin/volunteers/requests/{id:[0-9]{1,15}}/assignments";
	static final String PARTNER = "/partner/requests/{id:[0-9]{1,15}}/assignments";
	static final String CIRCLE = "/mypage/circles/{circleId:[0-9]{1,15}}/volunteer-requests/{id:[0-9]{1,15}}/assignments";
	static final String ACTION = "/{assignmentId:[0-9]{1,15}}/";

	private final AssignmentBoard board;
	private final ParticipationService participation;

	AssignmentController(AssignmentBoard board, ParticipationService participation) {
		this.board = board;
		this.participation = participation;
	}

	@ExceptionHandler(AssignmentNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** Which of the three addresses: its base path, and whether it is the staff's. */
	record Where(String base, boolean asStaff, Long circleId) {
	}

	private static Where where(HttpServletRequest http, Long circleId, long id) {
		if (circleId != null) {
			return new Where("/mypage/circles/" + circleId + "/volunteer-requests/" + id + "/assignments", false,
					circleId);
		}
		if (http.getRequestURI().startsWith(http.getContextPath() + "/partner/")) {
			return new Where("/partner/requests/" + id + "/assignments", false, null);
		}
		return new Where("/admin/volunteers/requests/" + id + "/assignments", true, null);
	}

	@GetMapping({ STAFF, PARTNER, CIRCLE })
	String board(@PathVariable long id, @PathVariable(required = false) Long circleId,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest http, Locale locale, Model model) {
		var where = where(http, circleId, id);
		var found = board.board(id, user, where.asStaff(), locale)
				.filter(b -> samePlace(b.request(), where)).orElseThrow(AssignmentNotFound::new);
		model.addAttribute("board", found);
		model.addAttribute("where", where);
		return "volunteer/assignments";
	}

	@PostMapping({ STAFF + ACTION + "approve", PARTNER + ACTION + "approve", CIRCLE + ACTION + "approve" })
	String approve(@PathVariable long id, @PathVariable(required = false) Long circleId,
			@PathVariable long assignmentId, @AuthenticationPrincipal CurrentUser user, HttpServletRequest http,
			RedirectAttributes redirect) {
		return act(http, circleId, id, () -> participation.approve(id, assignmentId, user), "volunteer.assign.approved",
				redirect);
	}

	@PostMapping({ STAFF + ACTION + "decline", PARTNER + ACTION + "decline", CIRCLE + ACTION + "decline" })
	String decline(@PathVariable long id, @PathVariable(required = false) Long circleId,
			@PathVariable long assignmentId, @AuthenticationPrincipal CurrentUser user, HttpServletRequest http,
			RedirectAttributes redirect) {
		return act(http, circleId, id, () -> participation.decline(id, assignmentId, user),
				"volunteer.assign.declined", redirect);
	}

	@PostMapping({ STAFF + ACTION + "complete", PARTNER + ACTION + "complete", CIRCLE + ACTION + "complete" })
	String complete(@PathVariable long id, @PathVariable(required = false) Long circleId,
			@PathVariable long assignmentId, @RequestParam(required = false) String hours,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest http, RedirectAttributes redirect) {
		return act(http, circleId, id, () -> participation.complete(id, assignmentId, parse(hours), user),
				"volunteer.assign.completed", redirect);
	}

	@PostMapping({ STAFF + ACTION + "absent", PARTNER + ACTION + "absent", CIRCLE + ACTION + "absent" })
	String absent(@PathVariable long id, @PathVariable(required = false) Long circleId,
			@PathVariable long assignmentId, @AuthenticationPrincipal CurrentUser user, HttpServletRequest http,
			RedirectAttributes redirect) {
		return act(http, circleId, id, () -> participation.absent(id, assignmentId, user), "volunteer.assign.absent.done",
				redirect);
	}

	private static BigDecimal parse(String hours) {
		try {
			return hours == null ? null : new BigDecimal(hours.trim());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private String act(HttpServletRequest http, Long circleId, long id, Runnable action, String done,
			RedirectAttributes redirect) {
		var where = where(http, circleId, id);
		if (circleId != null) {
			// A circle path must name the request's own circle: checked before anything changes.
			board.requestOfCircle(id, circleId).orElseThrow(AssignmentNotFound::new);
		}
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ParticipationRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return "redirect:" + where.base();
	}

	private static boolean samePlace(VolunteerRequest request, Where where) {
		return where.circleId() == null || where.circleId().equals(request.getCircleId());
	}
}
