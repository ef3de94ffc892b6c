package jp.manabi.portal.plan.web.admin;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.plan.domain.IndicatorContent;
import jp.manabi.portal.plan.domain.IndicatorView;
import jp.manabi.portal.plan.domain.NodeView;
import jp.manabi.portal.plan.domain.PlanEditRefusedException;
import jp.manabi.portal.plan.domain.PlanEditing;
import jp.manabi.portal.plan.domain.PlanNotFoundException;
import jp.manabi.portal.plan.domain.PlanQueries;
import jp.manabi.portal.plan.domain.PlanTree;

/** Staff add and edit a node's outcome indicators and enter the yearly actuals. */
@Controller
@RequestMapping("/admin/plans/{planCode}")
class PlanIndicatorAdminController {

	private final PlanQueries queries;
	private final PlanEditing editing;

	PlanIndicatorAdminController(PlanQueries queries, PlanEditing editing) {
		this.queries = queries;
		this.editing = editing;
	}

	@GetMapping("/nodes/{nodeId}/indicators/new")
	String newIndicator(@PathVariable String planCode, @PathVariable long nodeId, Model model) {
		PlanTree tree = tree(planCode);
		model.addAttribute("indicatorForm", IndicatorForm.blank());
		return page(tree, PlanNodeAdminController.node(tree, nodeId), null, model);
	}

	@PostMapping("/nodes/{nodeId}/indicators/new")
	String create(@PathVariable String planCode, @PathVariable long nodeId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PlanTree tree = tree(planCode);
		NodeView node = PlanNodeAdminController.node(tree, nodeId);
		IndicatorContent content = indicatorForm.toContent(errors);
		if (content != null) {
			try {
				editing.addIndicator(planCode, nodeId, content);
				redirect.addFlashAttribute("notice", "plan.indicator.added");
				return "redirect:/admin/plans/{planCode}/nodes/{nodeId}#indicators";
			}
			catch (PlanEditRefusedException refused) {
				errors.rejectValue("name", refused.messageKey(), refused.arguments(), null);
			}
		}
		return page(tree, node, null, model);
	}

	@GetMapping("/indicators/{indicatorId}")
	String edit(@PathVariable String planCode, @PathVariable long indicatorId, Model model) {
		PlanTree tree = tree(planCode);
		IndicatorView indicator = indicator(tree, indicatorId);
		model.addAttribute("indicatorForm", IndicatorForm.of(indicator));
		return page(tree, PlanNodeAdminController.node(tree, indicator.nodeId()), indicator, model);
	}

	@PostMapping("/indicators/{indicatorId}")
	String save(@PathVariable String planCode, @PathVariable long indicatorId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PlanTree tree = tree(planCode);
		IndicatorView indicator = indicator(tree, indicatorId);
		IndicatorContent content = indicatorForm.toContent(errors);
		if (content != null) {
			try {
				editing.updateIndicator(planCode, indicatorId, indicatorForm.getVersion(), content);
				redirect.addFlashAttribute("notice", "plan.indicator.saved");
				return "redirect:/admin/plans/{planCode}/nodes/" + indicator.nodeId() + "#indicators";
			}
			catch (PlanEditRefusedException refused) {
				errors.rejectValue("name", refused.messageKey(), refused.arguments(), null);
			}
		}
		return page(tree, PlanNodeAdminController.node(tree, indicator.nodeId()), indicator, model);
	}

	@PostMapping("/indicators/{indicatorId}/delete")
	String delete(@PathVariable String planCode, @PathVariable long indicatorId, @RequestParam long version,
			RedirectAttributes redirect) {
		IndicatorView indicator = indicator(tree(planCode), indicatorId);
		editing.deleteIndicator(planCode, indicatorId, version);
		redirect.addFlashAttribute("notice", "plan.indicator.deleted");
		return "redirect:/admin/plans/{planCode}/nodes/" + indicator.nodeId() + "#indicators";
	}

	private String page(PlanTree tree, NodeView node, IndicatorView indicator, Model model) {
		model.addAttribute("tree", tree);
		model.addAttribute("node", node);
		model.addAttribute("indicator", indicator);
		return "admin/plan/indicator";
	}

	private PlanTree tree(String planCode) {
		return queries.tree(planCode).orElseThrow(() -> new PlanNotFoundException("plan"));
	}

	private static IndicatorView indicator(PlanTree tree, long indicatorId) {
		return tree.all().stream().flatMap(n -> n.indicators().stream()).filter(i -> i.id() == indicatorId).findFirst()
				.orElseThrow(() -> new PlanNotFoundException("indicator"));
	}
}
