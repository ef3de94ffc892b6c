package jp.manabi.portal.consultation.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.manabi.portal.consultation.domain.ConsultationReport;
import jp.manabi.portal.consultation.domain.ConsultationReport.Counts;
import jp.manabi.portal.consultation.domain.FreeSlots;
import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.shared.time.FiscalYear;

/** Staff: consultations held and no-shows of a fiscal year, by topic, channel, time and plan node. */
@Controller
class ConsultationReportController {

	private static final int YEARS_BACK = 5;

	private final ConsultationReport report;
	private final Plans plans;
	private final Clock clock;

	ConsultationReportController(ConsultationReport report, Plans plans, Clock clock) {
		this.report = report;
		this.plans = plans;
		this.clock = clock;
	}

	/** One node of the plan, parents first, with its counts for the year. */
	record NodeRow(PlanNodeRef node, int depth, Counts counts) {
	}

	@GetMapping("/admin/consultations/reports")
	String reports(@RequestParam(required = false) Integer year, Model model) {
		var current = FiscalYear.of(LocalDate.now(clock.withZone(FreeSlots.ZONE)));
		var years = new ArrayList<FiscalYear>();
		for (var y = current; years.size() <= YEARS_BACK; y = y.previous()) {
			years.add(y);
		}
		var chosen = year == null || year < 2000 || year > current.startYear() + 1 ? current : new FiscalYear(year);
		var byNode = report.byNode(chosen);
		var rows = new ArrayList<NodeRow>();
		for (var node : planNodesInTreeOrder()) {
			rows.add(new NodeRow(node, node.level().depth(), byNode.getOrDefault(node.id(), Counts.NONE)));
		}
		model.addAttribute("years", years);
		model.addAttribute("year", chosen);
		model.addAttribute("totals", report.totals(chosen));
		model.addAttribute("byTopic", report.byTopic(chosen));
		model.addAttribute("byChannel", report.byChannel(chosen));
		model.addAttribute("rows", rows);
		return "admin/consultation/reports";
	}

	private List<PlanNodeRef> planNodesInTreeOrder() {
		var nodes = new LinkedHashSet<PlanNodeRef>();
		for (var target : plans.linkTargets()) {
			nodes.addAll(plans.path(target.id()));
		}
		return List.copyOf(nodes);
	}
}
