package jp.manabi.portal.report.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.manabi.portal.report.domain.FigureTable;
import jp.manabi.portal.report.domain.PlanShape;
import jp.manabi.portal.report.domain.PlanShapes;
import jp.manabi.portal.report.domain.ReportFigures;
import jp.manabi.portal.report.domain.ReportNotFoundException;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * A plan node's figures for residents: the last finished years and the current one so far, and
 * the node's indicators. No personal data; small counts are shown as "fewer than 5".
 */
@Controller
class PlanFiguresController {

	/** Finished years shown beside the current one. */
	static final int PAST_YEARS = 2;

	private final PlanShapes shapes;
	private final ReportFigures figures;

	PlanFiguresController(PlanShapes shapes, ReportFigures figures) {
		this.shapes = shapes;
		this.figures = figures;
	}

	record YearFigures(FiscalYear year, boolean current, FigureTable.Row row) {
	}

	@GetMapping("/plan/{planCode}/{nodeCode}/figures")
	String figures(@PathVariable String planCode, @PathVariable String nodeCode, Model model) {
		PlanShape shape = shapes.publicPlan(planCode).orElseThrow(() -> new ReportNotFoundException("plan"));
		PlanShape.Node node = shape.node(nodeCode).orElseThrow(() -> new ReportNotFoundException("plan node"));
		FiscalYear current = figures.currentYear();
		var years = new ArrayList<YearFigures>();
		for (int back = PAST_YEARS; back >= 0; back--) {
			FiscalYear year = new FiscalYear(current.startYear() - back);
			FigureTable table = figures.figures(shape, year);
			years.add(new YearFigures(year, back == 0, table.row(node.id()).orElse(null)));
		}
		model.addAttribute("plan", shape);
		model.addAttribute("node", node);
		model.addAttribute("ancestors", shape.ancestors(node));
		model.addAttribute("years", years.stream().filter(y -> y.row() != null).toList());
		model.addAttribute("indicators", shape.indicatorsOf(node.id()));
		model.addAttribute("currentRow", years.get(years.size() - 1).row());
		return "report/figures";
	}

}
