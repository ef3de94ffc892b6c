package jp.manabi.portal.course.web.admin;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.circle.Circles;
import jp.manabi.portal.course.domain.CourseCategoryService;
import jp.manabi.portal.course.domain.CourseProposal;
import jp.manabi.portal.course.domain.CourseRuleViolation;
import jp.manabi.portal.course.domain.ProposalRefused;
import jp.manabi.portal.course.domain.ProposalService;
import jp.manabi.portal.course.domain.VenueService;
import jp.manabi.portal.plan.Plans;

/** Staff review resident-proposed courses: 受付 → 検討中 → 採用 (a draft course) / 不採用. */
@Controller
@RequestMapping("/admin/proposals")
class ProposalAdminController {

	static final int PAGE_SIZE = 20;

	private static final String PAGE = "admin/course/proposal";

	private final ProposalService proposals;
	private final Accounts accounts;
	private final Circles circles;
	private final Plans plans;
	private final CourseCategoryService categories;
	private final VenueService venues;

	ProposalAdminController(ProposalService proposals, Accounts accounts, Circles circles, Plans plans,
			CourseCategoryService categories, VenueService venues) {
		this.proposals = proposals;
		this.accounts = accounts;
		this.circles = circles;
		this.plans = plans;
		this.categories = categories;
		this.venues = venues;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "false") boolean decided, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("decided", decided);
		model.addAttribute("proposals", proposals.queue(decided, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "admin/course/proposals";
	}

	@GetMapping("/{id:[0-9]{1,15}}")
	String show(@PathVariable long id, Model model) {
		var decision = new ProposalDecisionForm();
		var proposal = proposal(id);
		decision.setVersion(proposal.getVersion());
		model.addAttribute("proposalDecisionForm", decision);
		return page(proposal, model);
	}

	@PostMapping("/{id:[0-9]{1,15}}/review")
	String startReview(@PathVariable long id, @ModelAttribute ProposalDecisionForm proposalDecisionForm,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			proposals.startReview(id, proposalDecisionForm.getVersion(), user.accountId());
			redirect.addFlashAttribute("notice", "proposal.admin.reviewStarted");
		}
		catch (ProposalRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return "redirect:/admin/proposals/" + id;
	}

	@PostMapping("/{id:[0-9]{1,15}}/reject")
	String reject(@PathVariable long id, @Valid @ModelAttribute ProposalDecisionForm proposalDecisionForm,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (proposalDecisionForm.getReason() == null || proposalDecisionForm.getReason().isBlank()) {
			errors.rejectValue("reason", "proposal.admin.reasonRequired");
		}
		if (errors.hasErrors()) {
			return page(proposal(id), model);
		}
		try {
			proposals.reject(id, proposalDecisionForm.getVersion(), proposalDecisionForm.getReason(), user.accountId());
		}
		catch (ProposalRefused refused) {
			errors.reject(refused.messageKey());
			return page(proposal(id), model);
		}
		redirect.addFlashAttribute("notice", "proposal.admin.rejected");
		return "redirect:/admin/proposals/" + id;
	}

	@PostMapping("/{id:[0-9]{1,15}}/adopt")
	String adopt(@PathVariable long id, @Valid @ModelAttribute ProposalDecisionForm proposalDecisionForm,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var form = proposalDecisionForm;
		if (form.getCategoryCode() == null || categories.find(form.getCategoryCode()).isEmpty()) {
			errors.rejectValue("categoryCode", "proposal.admin.categoryRequired");
		}
		if (form.getVenueId() != null && venues.find(form.getVenueId()).isEmpty()) {
			errors.rejectValue("venueId", "proposal.admin.placeRequired");
		}
		else if (form.getVenueId() == null && !form.isOnline()) {
			errors.rejectValue("venueId", "proposal.admin.placeRequired");
		}
		if (errors.hasErrors()) {
			return page(proposal(id), model);
		}
		try {
			long courseId = proposals.adopt(id, form.getVersion(), form.getCategoryCode(), form.getVenueId(),
					form.isOnline(), blankToNull(form.getReason()), user.accountId());
			redirect.addFlashAttribute("notice", "proposal.admin.adopted");
			return "redirect:/admin/courses/" + courseId + "/edit";
		}
		catch (ProposalRefused refused) {
			errors.reject(refused.messageKey());
			return page(proposal(id), model);
		}
		catch (CourseRuleViolation violation) {
			errors.reject(violation.messageKey());
			return page(proposal(id), model);
		}
	}

	private CourseProposal proposal(long id) {
		return proposals.findForStaff(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String page(CourseProposal proposal, Model model) {
		model.addAttribute("proposal", proposal);
		model.addAttribute("proposer", accounts.find(proposal.getProposerId()).orElse(null));
		model.addAttribute("circle", proposal.getCircleId() == null ? null : circles.find(proposal.getCircleId()).orElse(null));
		model.addAttribute("planNode", proposal.getPlanNodeId() == null ? null : plans.findNode(proposal.getPlanNodeId()).orElse(null));
		model.addAttribute("categories", categories.all());
		model.addAttribute("venues", venues.all());
		return PAGE;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
