package jp.manabi.portal.plan.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.manabi.portal.plan.PlanLink;
import jp.manabi.portal.plan.PlanLinkKind;
import jp.manabi.portal.plan.PlanLinkSource;
import jp.manabi.portal.plan.domain.NodeView;
import jp.manabi.portal.plan.domain.PlanNotFoundException;
import jp.manabi.portal.plan.domain.PlanQueries;
import jp.manabi.portal.plan.domain.PlanSummary;
import jp.manabi.portal.plan.domain.PlanTree;

/** The plan for residents: the active plan's tree, any published plan, and a page per node. */
@Controller
@RequestMapping("/plan")
class PlanController {

	/**
	 * What a node's page says about one kind of linked record. {@code available} is false while
	 * no module provides that kind yet; the page then says the list will come, instead of an
	 * empty list that would read as "none".
	 */
	record LinkSection(PlanLinkKind kind, boolean available, List<PlanLink> links) {
	}

	private final PlanQueries queries;
	private final ObjectProvider<PlanLinkSource> linkSources;

	PlanController(PlanQueries queries, ObjectProvider<PlanLinkSource> linkSources) {
		this.queries = queries;
		this.linkSources = linkSources;
	}

	@GetMapping
	String active(Model model) {
		queries.activeTree().ifPresent(tree -> model.addAttribute("tree", tree));
		model.addAttribute("otherPlans", otherPlans(queries.activePlanCode()));
		return "plan/overview";
	}

	@GetMapping("/{planCode}")
	String plan(@PathVariable String planCode, Model model) {
		PlanTree tree = queries.publicTree(planCode).orElseThrow(() -> new PlanNotFoundException("plan"));
		model.addAttribute("tree", tree);
		model.addAttribute("otherPlans", otherPlans(planCode));
		return "plan/overview";
	}

	@GetMapping("/{planCode}/{nodeCode}")
	String node(@PathVariable String planCode, @PathVariable String nodeCode, Model model) {
		PlanTree tree = queries.publicTree(planCode).orElseThrow(() -> new PlanNotFoundException("plan"));
		NodeView node = tree.node(nodeCode).orElseThrow(() -> new PlanNotFoundException("plan node"));
		model.addAttribute("tree", tree);
		model.addAttribute("node", node);
		model.addAttribute("ancestors", tree.ancestors(node));
		model.addAttribute("hidden", tree.isHidden(node));
		model.addAttribute("linkSections", linkSections(node));
		return "plan/node";
	}

	private List<PlanSummary> otherPlans(String shownCode) {
		return queries.summaries().stream().filter(p -> p.status().isPublic() && !p.code().equals(shownCode)).toList();
	}

	private List<LinkSection> linkSections(NodeView node) {
		Map<PlanLinkKind, PlanLinkSource> sources = linkSources.orderedStream()
				.collect(Collectors.toMap(PlanLinkSource::kind, Function.identity(), (first, second) -> first));
		return Arrays.stream(PlanLinkKind.values()).map(kind -> {
			PlanLinkSource source = sources.get(kind);
			return source == null ? new LinkSection(kind, false, List.of())
					: new LinkSection(kind, true, source.linkedTo(node.id()));
		}).toList();
	}
}
