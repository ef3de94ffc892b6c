package jp.manabi.portal.volunteer.web.admin;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.volunteer.domain.RequestReader;
import jp.manabi.portal.volunteer.domain.RequestService;
import jp.manabi.portal.volunteer.domain.matching.Matching;
import jp.manabi.portal.volunteer.web.RequestPaging;
import jp.manabi.portal.volunteer.web.RequestWords;

/**
 * Staff only (organisations never see the talent bank): the best candidates for a request, with
 * why each fits and what is missing, and a form per candidate to invite them to a shift (the
 * invitation itself is handled at /admin/volunteers/requests/{id}/invite). Viewing the list of
 * names is audited.
 */
@Controller
class MatchController {

	static final int PAGE_SIZE = 10;

	private final RequestService service;
	private final RequestReader reader;
	private final Matching matching;
	private final Accounts accounts;
	private final RequestWords words;
	private final AuditLog audit;

	MatchController(RequestService service, RequestReader reader, Matching matching, Accounts accounts,
			RequestWords words, AuditLog audit) {
		this.service = service;
		this.reader = reader;
		this.matching = matching;
		this.accounts = accounts;
		this.words = words;
		this.audit = audit;
	}

	@GetMapping("/admin/volunteers/requests/{id:[0-9]{1,15}}/matches")
	@Transactional
	public String matches(@PathVariable long id, @RequestParam(required = false) String page,
			@AuthenticationPrincipal CurrentUser staff, Locale locale, Model model) {
		var request = service.coordinated(id, staff);
		var all = matching.rankFor(id, Matching.TOP);
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(RequestPaging.page(page), pages);
		var shown = all.subList(Math.min(all.size(), (current - 1) * PAGE_SIZE), Math.min(all.size(), current * PAGE_SIZE));
		var names = accounts.findAll(shown.stream().map(m -> m.candidate().accountId()).toList());
		audit.record(AuditAction.VIEW, "volunteer_matches", id, "page " + current + ", " + shown.size() + " candidates");
		model.addAttribute("request", request);
		model.addAttribute("view", reader.view(request));
		model.addAttribute("matches", shown);
		model.addAttribute("total", all.size());
		model.addAttribute("offset", (current - 1) * PAGE_SIZE);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("names", names);
		model.addAttribute("words", words.forMatches(shown, locale));
		return "admin/volunteer/match-list";
	}
}
