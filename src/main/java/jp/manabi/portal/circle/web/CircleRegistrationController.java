package jp.manabi.portal.circle.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.circle.domain.Circle;
import jp.manabi.portal.circle.domain.CircleCategoryRepository;
import jp.manabi.portal.circle.domain.CircleRole;
import jp.manabi.portal.circle.domain.CircleMemberRepository;
import jp.manabi.portal.circle.domain.CircleRegistrationRefused;
import jp.manabi.portal.circle.domain.CircleRegistrationService;
import jp.manabi.portal.circle.domain.CircleRepository;
import jp.manabi.portal.circle.domain.FeePeriod;
import jp.manabi.portal.circle.domain.ScheduleFrequency;
import jp.manabi.portal.plan.Plans;

/** マイページ: the circles I manage or belong to, and registering a new one (I become its leader). */
@Controller
@RequestMapping("/mypage/circles")
class CircleRegistrationController {

	private final CircleRegistrationService service;
	private final CircleRepository circles;
	private final CircleMemberRepository members;
	private final CircleCategoryRepository categories;
	private final CircleFormChecks checks;
	private final Plans plans;

	CircleRegistrationController(CircleRegistrationService service, CircleRepository circles,
			CircleMemberRepository members, CircleCategoryRepository categories, CircleFormChecks checks, Plans plans) {
		this.service = service;
		this.circles = circles;
		this.members = members;
		this.categories = categories;
		this.checks = checks;
		this.plans = plans;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		var memberships = members.findByAccountId(user.accountId());
		var roles = new HashMap<Long, CircleRole>();
		memberships.forEach(m -> roles.put(m.getCircleId(), m.getRole()));
		var all = circles.findWithScheduleByIdIn(roles.keySet()).stream()
				.sorted(Comparator.comparing(Circle::getName)).toList();
		model.addAttribute("managed", all.stream().filter(c -> roles.get(c.getId()).manages()).toList());
		// Members see only the public side of their circles: the leaders' pages are theirs.
		model.addAttribute("memberOf", all.stream().filter(c -> !roles.get(c.getId()).manages()).toList());
		model.addAttribute("roles", roles);
		model.addAttribute("today", service.today());
		return "circle/manage-list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(defaultValue = "false") boolean uploadTooLarge, Model model) {
		var form = CircleForm.blank();
		model.addAttribute("circleForm", form);
		model.addAttribute("uploadTooLarge", uploadTooLarge);
		return formPage(model);
	}

	@PostMapping("/new")
	String register(@ModelAttribute CircleForm circleForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var image = checks.check(circleForm, errors);
		if (!errors.hasErrors()) {
			try {
				long id = service.register(user.accountId(), circleForm.toRegistration(image));
				redirect.addFlashAttribute("notice", "circle.manage.notice.registered");
				return "redirect:/mypage/circles/" + id;
			}
			catch (CircleRegistrationRefused refused) {
				checks.show(refused, errors);
			}
		}
		circleForm.ensureRows();
		model.addAttribute("chooseImageAgain", circleForm.getImage() != null && !circleForm.getImage().isEmpty());
		return formPage(model);
	}

	private String formPage(Model model) {
		addChoices(model, categories, plans);
		return "circle/manage-new";
	}

	static void addChoices(Model model, CircleCategoryRepository categories, Plans plans) {
		model.addAttribute("categories", categories.findAllByOrderByPositionAsc());
		model.addAttribute("planTargets", plans.linkTargets());
		model.addAttribute("feePeriods", FeePeriod.values());
		model.addAttribute("frequencies", ScheduleFrequency.values());
		model.addAttribute("days", List.of(1, 2, 3, 4, 5, 6, 7));
		model.addAttribute("weekNumbers", List.of(1, 2, 3, 4, 5));
	}
}
