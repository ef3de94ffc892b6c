package jp.manabi.portal.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.session.AccountSessions;

/**
 * マイページ's list of where the person is signed in, with "log out" for one other session, for
 * all others, and everywhere. Only the person's own sessions are found (by account id), so a
 * handle of someone else's session is a 404.
 */
@Controller
class MySessionsController {

	private final AccountSessions sessions;

	MySessionsController(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/mypage/sessions")
	String list(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		model.addAttribute("activeSessions", sessions.list(user.accountId(), session.getId()));
		return "account/sessions";
	}

	@PostMapping("/mypage/sessions/{handle}/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable String handle, HttpServletRequest request,
			RedirectAttributes redirect) throws ServletException {
		var current = sessions.list(user.accountId(), request.getSession().getId()).stream()
				.filter(AccountSessions.ActiveSession::current).findFirst();
		if (current.isPresent() && current.get().handle().equals(handle)) {
			return logOutHere(request, redirect);
		}
		if (!sessions.end(user.accountId(), handle)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "sessions.notice.endedOne");
		return "redirect:/mypage/sessions";
	}

	@PostMapping("/mypage/sessions/end-others")
	String endOthers(@AuthenticationPrincipal CurrentUser user, HttpSession session, RedirectAttributes redirect) {
		sessions.endOthers(user.accountId(), session.getId());
		redirect.addFlashAttribute("notice", "sessions.notice.endedOthers");
		return "redirect:/mypage/sessions";
	}

	@PostMapping("/mypage/sessions/end-all")
	String endAll(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, RedirectAttributes redirect)
			throws ServletException {
		sessions.endOthers(user.accountId(), request.getSession().getId());
		return logOutHere(request, redirect);
	}

	private static String logOutHere(HttpServletRequest request, RedirectAttributes redirect) throws ServletException {
		request.logout();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		redirect.addFlashAttribute("notice", "sessions.notice.endedAll");
		return "redirect:/";
	}
}
