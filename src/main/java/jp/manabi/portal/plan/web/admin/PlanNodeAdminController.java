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

import jp.manabi.portal.plan.domain.NodeView;
import jp.manabi.portal.plan.domain.PlanEditRefusedException;
import jp.manabi.portal.plan.domain.PlanEditing;
import jp.manabi.portal.plan.domain.PlanNotFoundException;
import jp.manabi.portal.plan.domain.PlanQueries;
import jp.manabi.portal.plan.domain.PlanTree;

/** Staff edit a plan node: its texts, its place in the tree, its children, archiving. */
@Controller
@RequestMapping("/admin/plans/{planCode}/nodes")
class PlanNodeAdminController {

	private final PlanQueries queries;
	private final PlanEditing editing;

	PlanNodeAdminController(PlanQueries queries, PlanEditing editing) {
		this.queries = queries;
		this.editing = editing;
	}

	@GetMapping("/{nodeId}")
	String edit(@PathVariable String planCode, @PathVariable long nodeId, Model model) {
		PlanTree tree = tree(planCode);
		NodeView node = node(tree, nodeId);
		model.addAttribute("nodeForm", NodeForm.of(node));
		var moveForm = new MoveForm();
		moveForm.setParentId(node.parentId());
		moveForm.setVersion(node.version());
		model.addAttribute("moveForm", moveForm);
		return page(tree, node, model);
	}

	@PostMapping("/{nodeId}")
	String save(@PathVariable String planCode, @PathVariable long nodeId, @Valid @ModelAttribute NodeForm nodeForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			PlanTree tree = tree(planCode);
			NodeView node = node(tree, nodeId);
			model.addAttribute("moveForm", moveFormOf(node));
			return page(tree, node, model);
		}
		editing.update(planCode, nodeId, nodeForm.getVersion(), nodeForm.toContent());
		redirect.addFlashAttribute("notice", "plan.node.saved");
		return "redirect:/admin/plans/{planCode}/nodes/{nodeId}";
	}

	@PostMapping("/{nodeId}/move")
	String move(@PathVariable String planCode, @PathVariable long nodeId, @ModelAttribute MoveForm moveForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				editing.move(planCode, nodeId, moveForm.getVersion(), moveForm.getParentId());
			}
		}
		catch (PlanEditRefusedException refused) {
			errors.rejectValue("parentId", refused.messageKey(), refused.arguments(), null);
		}
		if (errors.hasErrors()) {
			PlanTree tree = tree(planCode);
			NodeView node = node(tree, nodeId);
			model.addAttribute("nodeForm", NodeForm.of(node));
			return page(tree, node, model);
		}
		redirect.addFlashAttribute("notice", "plan.node.moved");
		return "redirect:/admin/plans/{planCode}/nodes/{nodeId}";
	}

	/** From the tree page: one step up or down among its siblings, then back to the tree. */
	@PostMapping("/{nodeId}/move-up")
	String moveUp(@PathVariable String planCode, @PathVariable long nodeId, @RequestParam long version,
			RedirectAttributes redirect) {
		editing.reorder(planCode, nodeId, version, -1);
		redirect.addFlashAttribute("notice", "plan.node.reordered");
		return "redirect:/admin/plans/{planCode}#node-{nodeId}";
	}

	@PostMapping("/{nodeId}/move-down")
	String moveDown(@PathVariable String planCode, @PathVariable long nodeId, @RequestParam long version,
			RedirectAttributes redirect) {
		editing.reorder(planCode, nodeId, version, 1);
		redirect.addFlashAttribute("notice", "plan.node.reordered");
		return "redirect:/admin/plans/{planCode}#node-{nodeId}";
	}

	@PostMapping("/{nodeId}/archive")
	String archive(@PathVariable String planCode, @PathVariable long nodeId, @RequestParam long version,
			RedirectAttributes redirect) {
		editing.archive(planCode, nodeId, version);
		redirect.addFlashAttribute("notice", "plan.node.archivedNotice");
		return "redirect:/admin/plans/{planCode}/nodes/{nodeId}";
	}

	@PostMapping("/{nodeId}/restore")
	String restore(@PathVariable String planCode, @PathVariable long nodeId, @RequestParam long version,
			RedirectAttributes redirect) {
		editing.restore(planCode, nodeId, version);
		redirect.addFlashAttribute("notice", "plan.node.restored");
		return "redirect:/admin/plans/{planCode}/nodes/{nodeId}";
	}

	/** A new goal, or with {@code parent} a new child of that node. */
	@GetMapping("/new")
	String newNode(@PathVariable String planCode, @RequestParam(required = false) Long parent, Model model) {
		PlanTree tree = tree(planCode);
		var form = new NewNodeForm();
		form.setParentId(parent);
		model.addAttribute("newNodeForm", form);
		return newPage(tree, form, model);
	}

	@PostMapping("/new")
	String create(@PathVariable String planCode, @Valid @ModelAttribute NewNodeForm newNodeForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		PlanTree tree = tree(planCode);
		if (!errors.hasErrors()) {
			try {
				long id = editing.add(planCode, newNodeForm.getParentId(), newNodeForm.getCode(),
						newNodeForm.toContent());
				redirect.addFlashAttribute("notice", "plan.node.added");
				return "redirect:/admin/plans/{planCode}/nodes/" + id;
			}
			catch (PlanEditRefusedException refused) {
				errors.rejectValue("code", refused.messageKey(), refused.arguments(), null);
			}
		}
		return newPage(tree, newNodeForm, model);
	}

	private String newPage(PlanTree tree, NewNodeForm form, Model model) {
		NodeView parent = form.getParentId() == null ? null : node(tree, form.getParentId());
		if (parent != null && !parent.level().hasChildLevel()) {
			throw new PlanNotFoundException("child level");
		}
		model.addAttribute("tree", tree);
		model.addAttribute("parent", parent);
		model.addAttribute("level", parent == null ? jp.manabi.portal.plan.PlanLevel.GOAL : parent.level().childLevel());
		return "admin/plan/node-new";
	}

	private String page(PlanTree tree, NodeView node, Model model) {
		model.addAttribute("tree", tree);
		model.addAttribute("node", node);
		model.addAttribute("ancestors", tree.ancestors(node));
		model.addAttribute("possibleParents", tree.possibleParents(node));
		model.addAttribute("hidden", tree.isHidden(node));
		return "admin/plan/node";
	}

	private static MoveForm moveFormOf(NodeView node) {
		var form = new MoveForm();
		form.setParentId(node.parentId());
		form.setVersion(node.version());
		return form;
	}

	private PlanTree tree(String planCode) {
		return queries.tree(planCode).orElseThrow(() -> new PlanNotFoundException("plan"));
	}

	static NodeView node(PlanTree tree, long nodeId) {
		return tree.node(nodeId).orElseThrow(() -> new PlanNotFoundException("plan node"));
	}
}
