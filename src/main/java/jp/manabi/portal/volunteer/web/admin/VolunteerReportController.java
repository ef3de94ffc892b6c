package jp.manabi.portal.volunteer.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.volunteer.domain.ParticipationService;
import jp.manabi.portal.volunteer.domain.VolunteerReportRollup;
import jp.manabi.portal.volunteer.domain.VolunteerReportRollup.Totals;

/** Staff: volunteering by node of the active plan and fiscal year (counted in SQL), with the year's totals. */
@Controller
class VolunteerReportController {

	/** How many fiscal years back the selector offers. */
	private static final int YEARS_BACK = 5;

	private final VolunteerReportRollup rollup;
	private final Plans plans;
	private final Clock clock;

	VolunteerReportController(VolunteerReportRollup rollup, Plans plans, Clock clock) {
		this.rollup = rollup;
		this.plans = plans;
		this.clock = clock;
	}

	/** One node of the plan, in tree order, with its totals for the year. */
	record NodeRow(PlanNodeRef node, int depth, Totals totals) {
	}

	@GetMapping("/admin/volunteers/reports")
	ModelAndView reports(@RequestParam(required = false) String year) {
		var current = FiscalYear.of(LocalDate.ofInstant(clock.instant(), ParticipationService.ZONE));
		FiscalYear chosen = current;
		if (year != null && !year.isBlank()) {
			if (!year.matches("[0-9]{4}") || Integer.parseInt(year) < 2000
					|| Integer.parseInt(year) > current.startYear() + 1) {
				return new ModelAndView("error", Map.of("status", 400), HttpStatus.BAD_REQUEST);
			}
			chosen = new FiscalYear(Integer.parseInt(year));
		}
		var years = new ArrayList<FiscalYear>();
		for (var y = current.next(); years.size() <= YEARS_BACK + 1; y = y.previous()) {
			years.add(y);
		}
		var totals = rollup.byNode(chosen);
		var rows = new ArrayList<NodeRow>();
		for (var node : planNodesInTreeOrder()) {
			rows.add(new NodeRow(node, node.level().depth(), totals.getOrDefault(node.id(), Totals.NONE)));
		}
		var model = new ModelAndView("admin/volunteer/reports");
		model.addObject("years", years);
		model.addObject("year", chosen);
		model.addObject("rows", rows);
		model.addObject("yearTotals", rollup.ofYear(chosen));
		return model;
	}

	/** Every node requests can count at: the link targets and all above them, each once, parents first. */
	private List<PlanNodeRef> planNodesInTreeOrder() {
		var nodes = new LinkedHashSet<PlanNodeRef>();
		for (var target : plans.linkTargets()) {
			nodes.addAll(plans.path(target.id()));
		}
		return List.copyOf(nodes);
	}
}
