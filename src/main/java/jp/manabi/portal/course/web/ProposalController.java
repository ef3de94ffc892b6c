package jp.manabi.portal.course.web;

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
import jp.manabi.portal.course.domain.ProposalRefused;
import jp.manabi.portal.course.domain.ProposalService;

/** A resident proposes a course (市民提案型講座) and follows what staff decide, on マイページ. */
@Controller
@RequestMapping("/mypage/proposals")
class ProposalController {

	private static final String FORM = "course/proposal-form";

	private final ProposalService proposals;

	ProposalController(ProposalService proposals) {
		this.proposals = proposals;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("proposals", proposals.mine(user.accountId()));
		return "course/my-proposals";
	}

	@GetMapping("/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("proposalForm", new ProposalForm());
		return form(user, model, null);
	}

	@PostMapping("/new")
	String submit(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute ProposalForm proposalForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(user, model, errors);
		}
		try {
			long id = proposals.submit(user.accountId(), proposalForm.content());
			redirect.addFlashAttribute("notice", "proposal.submitted");
			return "redirect:/mypage/proposals/" + id;
		}
		catch (ProposalRefused refused) {
			errors.rejectValue(refused.field(), refused.messageKey());
			return form(user, model, errors);
		}
	}

	@GetMapping("/{id:[0-9]{1,15}}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var proposal = proposals.findMine(id, user.accountId())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("proposal", proposal);
		model.addAttribute("publishedCourseId", proposals.publishedCourseOf(proposal).orElse(null));
		return "course/my-proposal";
	}

	private String form(CurrentUser user, Model model, BindingResult errors) {
		model.addAttribute("circles", proposals.circlesOf(user.accountId()));
		model.addAttribute("planTargets", proposals.planTargets());
		return FORM;
	}
}
