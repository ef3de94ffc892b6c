package jp.manabi.portal.plan.web.admin;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.plan.domain.PlanEditRefusedException;
import jp.manabi.portal.plan.domain.PlanQueries;
import jp.manabi.portal.plan.domain.PlanSettings;

/** Administrators choose the plan the portal works to (SecurityConfig keeps other staff out). */
@Controller
@RequestMapping("/admin/plans/active")
class ActivePlanController {

	private final PlanQueries queries;
	private final PlanSettings settings;

	ActivePlanController(PlanQueries queries, PlanSettings settings) {
		this.queries = queries;
		this.settings = settings;
	}

	@GetMapping
	String form(Model model) {
		var form = new ActivePlanForm();
		form.setPlanCode(settings.activePlanCode());
		model.addAttribute("activePlanForm", form);
		return show(model);
	}

	@PostMapping
	String change(@Valid @ModelAttribute ActivePlanForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				settings.setActivePlan(form.getPlanCode());
			}
			catch (PlanEditRefusedException refused) {
				errors.rejectValue("planCode", refused.messageKey());
			}
		}
		if (errors.hasErrors()) {
			return show(model);
		}
		redirect.addFlashAttribute("notice", "plan.active.saved");
		return "redirect:/admin/plans";
	}

	private String show(Model model) {
		model.addAttribute("plans", queries.summaries().stream().filter(p -> p.status().isPublic()).toList());
		return "admin/plan/active";
	}
}
