package jp.manabi.portal.circle.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.circle.domain.Circle;
import jp.manabi.portal.circle.domain.CircleCategoryRepository;
import jp.manabi.portal.circle.domain.CircleLeadershipService;
import jp.manabi.portal.circle.domain.CircleMember;
import jp.manabi.portal.circle.domain.CircleMemberRepository;
import jp.manabi.portal.circle.domain.CircleRegistrationNotFound;
import jp.manabi.portal.circle.domain.CircleRegistrationRefused;
import jp.manabi.portal.circle.domain.CircleRegistrationService;
import jp.manabi.portal.circle.domain.CircleRole;
import jp.manabi.portal.plan.Plans;

/**
 * A circle's manage page for its leader and co-leaders: edit, renew, leaders, suspend, dissolve.
 * Anyone else gets a 404, whatever circle id they put in the address or the form.
 */
@Controller
@RequestMapping("/mypage/circles/{id}")
class CircleManageController {

	private final CircleRegistrationService service;
	private final CircleLeadershipService leadership;
	private final CircleMemberRepository members;
	private final CircleCategoryRepository categories;
	private final CircleFormChecks checks;
	private final Plans plans;
	private final Accounts accounts;

	CircleManageController(CircleRegistrationService service, CircleLeadershipService leadership,
			CircleMemberRepository members, CircleCategoryRepository categories, CircleFormChecks checks, Plans plans,
			Accounts accounts) {
		this.service = service;
		this.leadership = leadership;
		this.members = members;
		this.categories = categories;
		this.checks = checks;
		this.plans = plans;
		this.accounts = accounts;
	}

	@GetMapping
	String page(@PathVariable long id, @RequestParam(defaultValue = "false") boolean uploadTooLarge,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var circle = find(id, user);
		if (!model.containsAttribute("circleForm")) {
			model.addAttribute("circleForm", CircleForm.of(circle));
		}
		model.addAttribute("uploadTooLarge", uploadTooLarge);
		return page(circle, user, model);
	}

	@PostMapping("/edit")
	String edit(@PathVariable long id, @ModelAttribute CircleForm circleForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var circle = find(id, user);
		// Checked before the fields: fixing errors on a page someone else has since saved would be wasted work.
		if (circleForm.getVersion() == null || circleForm.getVersion() != circle.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Circle.class, id);
		}
		var image = checks.check(circleForm, errors);
		if (!errors.hasErrors()) {
			try {
				var before = circle.getStatus();
				service.update(id, user.accountId(), circleForm.getVersion(), circleForm.toRegistration(image),
						circleForm.isRemoveImage());
				redirect.addFlashAttribute("notice", switch (before) {
					case REGISTERED -> "circle.manage.notice.savedRegistered";
					case CHANGES_REQUESTED -> "circle.manage.notice.resubmitted";
					default -> "circle.manage.notice.saved";
				});
				return "redirect:/mypage/circles/" + id;
			}
			catch (CircleRegistrationRefused refused) {
				checks.show(refused, errors);
			}
		}
		circleForm.ensureRows();
		model.addAttribute("chooseImageAgain", circleForm.getImage() != null && !circleForm.getImage().isEmpty());
		return page(circle, user, model);
	}

	@PostMapping("/renew")
	String renew(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		find(id, user);
		return act(id, redirect, "renew", "circle.manage.notice.renewed", () -> service.renew(id, user.accountId()));
	}

	@PostMapping("/handover")
	String handOver(@PathVariable long id, @RequestParam(required = false) Long memberId,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		find(id, user);
		return act(id, redirect, "handover", "circle.manage.notice.handedOver", () -> {
			confirmed(confirm);
			leadership.handOver(id, user.accountId(), chosen(memberId));
		});
	}

	@PostMapping("/coleaders")
	String addCoLeader(@PathVariable long id, @RequestParam(required = false) Long memberId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		find(id, user);
		return act(id, redirect, "coleaders", "circle.manage.notice.coLeaderAdded",
				() -> leadership.addCoLeader(id, user.accountId(), chosen(memberId)));
	}

	@PostMapping("/coleaders/remove")
	String removeCoLeader(@PathVariable long id, @RequestParam(required = false) Long memberId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		find(id, user);
		return act(id, redirect, "coleaders", "circle.manage.notice.coLeaderRemoved",
				() -> leadership.removeCoLeader(id, user.accountId(), chosen(memberId)));
	}

	@PostMapping("/suspend")
	String suspend(@PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		find(id, user);
		return act(id, redirect, "suspend", "circle.manage.notice.suspended", () -> {
			if (note == null || note.isBlank()) {
				throw new CircleRegistrationRefused("suspend", "circle.manage.rule.noteNeeded");
			}
			if (note.length() > 2000) {
				throw new CircleRegistrationRefused("suspend", "circle.manage.rule.noteTooLong");
			}
			confirmed(confirm);
			service.suspendByLeader(id, user.accountId(), note);
		});
	}

	@PostMapping("/dissolve")
	String dissolve(@PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		find(id, user);
		return act(id, redirect, "dissolve", "circle.manage.notice.dissolved", () -> {
			if (note != null && note.length() > 2000) {
				throw new CircleRegistrationRefused("dissolve", "circle.manage.rule.noteTooLong");
			}
			confirmed(confirm);
			service.dissolveByLeader(id, user.accountId(), note);
		});
	}

	@ExceptionHandler(CircleRegistrationNotFound.class)
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
	}

	/** Runs a leader's action; a refusal comes back beside the part of the page it concerns. */
	private String act(long id, RedirectAttributes redirect, String section, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (CircleRegistrationRefused refused) {
			redirect.addFlashAttribute("actionSection", section);
			redirect.addFlashAttribute("actionError", refused.messageKey());
		}
		return "redirect:/mypage/circles/" + id + "#" + section;
	}

	private static void confirmed(boolean confirm) {
		if (!confirm) {
			throw new CircleRegistrationRefused("confirm", "circle.manage.rule.confirm");
		}
	}

	private static long chosen(Long memberId) {
		if (memberId == null) {
			throw new CircleRegistrationRefused("memberId", "circle.manage.rule.chooseMember");
		}
		return memberId;
	}

	private String page(Circle circle, CurrentUser user, Model model) {
		CircleRegistrationController.addChoices(model, categories, plans);
		List<CircleMember> people = members.findByCircleIdOrderByJoinedAtAsc(circle.getId());
		Map<Long, AccountSummary> names = accounts.findAll(people.stream().map(CircleMember::getAccountId).toList());
		var shown = new LinkedHashMap<Long, String>();
		people.forEach(p -> shown.put(p.getAccountId(),
				names.containsKey(p.getAccountId()) ? names.get(p.getAccountId()).displayName() : "-"));
		var role = people.stream().filter(p -> p.getAccountId() == user.accountId()).findFirst().orElseThrow().getRole();
		var today = service.today();
		model.addAttribute("circle", circle);
		model.addAttribute("role", role);
		model.addAttribute("people", people);
		model.addAttribute("names", shown);
		model.addAttribute("today", today);
		model.addAttribute("listed", circle.isListed(today));
		model.addAttribute("renewable", CircleRegistrationService.renewable(circle, today));
		model.addAttribute("isLeader", role == CircleRole.LEADER);
		return "circle/manage-detail";
	}

	private Circle find(long id, CurrentUser user) {
		return service.findManaged(id, user.accountId()).orElseThrow(CircleRegistrationNotFound::new);
	}
}
