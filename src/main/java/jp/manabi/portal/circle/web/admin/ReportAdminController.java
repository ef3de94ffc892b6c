package jp.manabi.portal.circle.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.manabi.portal.circle.domain.CircleActivity;
import jp.manabi.portal.circle.domain.ReportRollup;
import jp.manabi.portal.circle.domain.ReportRollup.NodeTotals;
import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * Staff: circles' activity reports by node of the active plan and fiscal year (counted in SQL),
 * and the year's reports a page at a time.
 */
@Controller
class ReportAdminController {

	static final int PAGE_SIZE = 20;

	/** How many fiscal years back the selector offers. */
	private static final int YEARS_BACK = 5;

	private final ReportRollup rollup;
	private final Plans plans;
	private final Clock clock;

	ReportAdminController(ReportRollup rollup, Plans plans, Clock clock) {
		this.rollup = rollup;
		this.plans = plans;
		this.clock = clock;
	}

	/** One node of the plan, in tree order, with its totals for the year. */
	record NodeRow(PlanNodeRef node, int depth, NodeTotals totals) {
	}

	@GetMapping("/admin/circles/reports")
	String reports(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "1") int page,
			Model model) {
		var current = FiscalYear.of(LocalDate.now(clock.withZone(CircleActivity.ZONE)));
		var years = new ArrayList<FiscalYear>();
		for (var y = current; years.size() <= YEARS_BACK; y = y.previous()) {
			years.add(y);
		}
		var chosen = year == null || year < 2000 || year > current.startYear() + 1 ? current : new FiscalYear(year);
		var totals = rollup.byNode(chosen);
		var rows = new ArrayList<NodeRow>();
		for (var node : planNodesInTreeOrder()) {
			rows.add(new NodeRow(node, node.level().depth(), totals.getOrDefault(node.id(), NodeTotals.NONE)));
		}
		model.addAttribute("years", years);
		model.addAttribute("year", chosen);
		model.addAttribute("rows", rows);
		model.addAttribute("yearTotals", rollup.ofYear(chosen));
		model.addAttribute("reports", rollup.reportsOf(chosen, PageRequest.of(Math.max(0, page - 1), PAGE_SIZE)));
		return "admin/circle/reports";
	}

	/** Every node reports can count at: the link targets and all above them, each once, parents first. */
	private List<PlanNodeRef> planNodesInTreeOrder() {
		var nodes = new LinkedHashSet<PlanNodeRef>();
		for (var target : plans.linkTargets()) {
			nodes.addAll(plans.path(target.id()));
		}
		return List.copyOf(nodes);
	}
}
