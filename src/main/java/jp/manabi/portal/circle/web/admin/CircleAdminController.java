package jp.manabi.portal.circle.web.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.circle.domain.CircleRegistrationNotFound;
import jp.manabi.portal.circle.domain.CircleRegistrationRefused;
import jp.manabi.portal.circle.domain.CircleRegistrationService;
import jp.manabi.portal.circle.domain.CircleReviewQueue;
import jp.manabi.portal.circle.domain.CircleReviewQueue.Tab;
import jp.manabi.portal.circle.domain.CircleReviewService;
import jp.manabi.portal.plan.Plans;

/**
 * Staff review circles: the queue (new, edits to check, renewals, lapsing, all) and one circle's
 * page with its actions. Every action names the version the page showed: a second member of
 * staff acting on an old page gets the 409 page, never an overwrite.
 */
@Controller
@RequestMapping("/admin/circles")
class CircleAdminController {

	/** A comment, reason or note: the column holds 2 000 characters. */
	private static final int MAX_TEXT = 2000;

	private final CircleReviewQueue queue;
	private final CircleReviewService review;
	private final CircleRegistrationService registrations;
	private final Plans plans;

	CircleAdminController(CircleReviewQueue queue, CircleReviewService review,
			CircleRegistrationService registrations, Plans plans) {
		this.queue = queue;
		this.review = review;
		this.registrations = registrations;
		this.plans = plans;
	}

	@GetMapping
	String queue(@RequestParam(required = false) String tab, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, Model model) {
		var chosen = Arrays.stream(Tab.values()).filter(t -> t.name().equalsIgnoreCase(tab)).findFirst()
				.orElse(Tab.NEW);
		var statusFilter = Arrays.stream(CircleStatus.values()).filter(s -> s.name().equalsIgnoreCase(status))
				.findFirst().orElse(null);
		var today = registrations.today();
		String name = q == null ? "" : q.strip();
		var counts = new java.util.LinkedHashMap<Tab, Long>();
		for (var t : Tab.values()) {
			counts.put(t, queue.count(t, today));
		}
		model.addAttribute("tab", chosen);
		model.addAttribute("tabs", Tab.values());
		model.addAttribute("counts", counts);
		model.addAttribute("q", name);
		model.addAttribute("status", statusFilter);
		model.addAttribute("statuses", CircleStatus.values());
		model.addAttribute("circles", queue.list(chosen, name, statusFilter, today));
		model.addAttribute("maxRows", CircleReviewQueue.MAX_ROWS);
		model.addAttribute("today", today);
		return "admin/circle/queue";
	}

	@GetMapping("/{id}")
	String circle(@PathVariable long id, Model model) {
		var view = review.view(id).orElseThrow(CircleRegistrationNotFound::new);
		model.addAttribute("view", view);
		model.addAttribute("circle", view.circle());
		model.addAttribute("planNodes", plans.findNodes(view.circle().getPlanNodeIds()));
		model.addAttribute("today", registrations.today());
		model.addAttribute("listed", view.circle().isListed(registrations.today()));
		return "admin/circle/detail";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "review", "circle.admin.notice.approved", null, text -> review.approve(id, version));
	}

	@PostMapping("/{id}/request-changes")
	String requestChanges(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, redirect, "requestChanges", "circle.admin.notice.changesRequested", comment,
				text -> review.requestChanges(id, version, text));
	}

	@PostMapping("/{id}/changes-checked")
	String changesChecked(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "review", "circle.admin.notice.changesChecked", null,
				text -> review.markChangesChecked(id, version));
	}

	@PostMapping("/{id}/renewal-checked")
	String renewalChecked(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "review", "circle.admin.notice.renewalChecked", null,
				text -> review.markRenewalChecked(id, version));
	}

	@PostMapping("/{id}/suspend")
	String suspend(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "suspend", "circle.admin.notice.suspended", reason,
				text -> review.suspend(id, version, text));
	}

	@PostMapping("/{id}/reinstate")
	String reinstate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "review", "circle.admin.notice.reinstated", null,
				text -> review.reinstate(id, version));
	}

	@PostMapping("/{id}/dissolve")
	String dissolve(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "dissolve", "circle.admin.notice.dissolved", reason,
				text -> review.dissolve(id, version, text));
	}

	@ExceptionHandler(CircleRegistrationNotFound.class)
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
	}

	/**
	 * Runs a review step. A refusal comes back beside the form it concerns, with what was typed
	 * in it kept.
	 */
	private String act(long id, RedirectAttributes redirect, String section, String notice, String text,
			Consumer<String> action) {
		try {
			if (text != null && text.length() > MAX_TEXT) {
				throw new CircleRegistrationRefused(section, "circle.admin.rule.tooLong");
			}
			action.accept(text);
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/admin/circles/" + id;
		}
		catch (CircleRegistrationRefused refused) {
			redirect.addFlashAttribute("actionSection", section);
			redirect.addFlashAttribute("actionError", refused.messageKey());
			redirect.addFlashAttribute("typed", text);
			return "redirect:/admin/circles/" + id + "#" + section.toLowerCase(Locale.ROOT);
		}
	}
}
