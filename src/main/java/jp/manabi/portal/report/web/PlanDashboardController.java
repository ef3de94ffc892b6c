package jp.manabi.portal.report.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.report.Figure;
import jp.manabi.portal.report.domain.FigureTable;
import jp.manabi.portal.report.domain.PlanShape;
import jp.manabi.portal.report.domain.PlanShapes;
import jp.manabi.portal.report.domain.ReportDrilldown;
import jp.manabi.portal.report.domain.ReportFigures;
import jp.manabi.portal.report.domain.ReportNotFoundException;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * The staff's plan dashboard: the active plan's tree with the figures of a fiscal year, the
 * previous year and the indicators' targets beside them; drill-down to the records behind a node;
 * CSV, xlsx and a printable report; recomputing a finished year (administrators); binding
 * indicators to figures.
 */
@Controller
@RequestMapping("/admin/report")
class PlanDashboardController {

	/** How many years back the year selector offers when the plan gives no period. */
	private static final int YEARS_BACK = 5;

	private final PlanShapes shapes;
	private final ReportFigures figures;
	private final ReportDrilldown drilldown;
	private final ReportExports exports;
	private final AuditLog audit;

	PlanDashboardController(PlanShapes shapes, ReportFigures figures, ReportDrilldown drilldown, ReportExports exports,
			AuditLog audit) {
		this.shapes = shapes;
		this.figures = figures;
		this.drilldown = drilldown;
		this.exports = exports;
		this.audit = audit;
	}

	/** The years the selector offers: the plan's period (or the last five) up to the current year. */
	private List<Integer> years(PlanShape shape) {
		int current = figures.currentYear().startYear();
		int first = shape.periodStart() != null ? Math.max(shape.periodStart(), current - 10) : current - YEARS_BACK;
		var years = new ArrayList<Integer>();
		for (int y = current; y >= Math.min(first, current); y--) {
			years.add(y);
		}
		return years;
	}

	private FiscalYear year(Integer year) {
		FiscalYear current = figures.currentYear();
		if (year == null) {
			return current;
		}
		if (year < 1900 || year > current.startYear()) {
			throw new ReportNotFoundException("fiscal year");
		}
		return new FiscalYear(year);
	}

	private PlanShape plan() {
		return shapes.active().orElseThrow(() -> new ReportNotFoundException("plan"));
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		PlanShape shape = plan();
		FiscalYear shown = year(year);
		FigureTable table = figures.figures(shape, shown);
		FigureTable previous = figures.figures(shape, shown.previous());
		model.addAttribute("plan", shape);
		model.addAttribute("year", shown);
		model.addAttribute("years", years(shape));
		model.addAttribute("table", table);
		model.addAttribute("previous", previous);
		model.addAttribute("finished", figures.finished(shown));
		model.addAttribute("mayRecompute", figures.finished(shown) && user.hasRole(Role.ADMIN));
		return "admin/report/dashboard";
	}

	@GetMapping("/nodes/{nodeId:[0-9]{1,15}}")
	String node(@PathVariable long nodeId, @RequestParam(required = false) Integer year, Model model) {
		PlanShape shape = plan();
		PlanShape.Node node = shape.node(nodeId).orElseThrow(() -> new ReportNotFoundException("plan node"));
		FiscalYear shown = year(year);
		FigureTable table = figures.figures(shape, shown);
		model.addAttribute("plan", shape);
		model.addAttribute("node", node);
		model.addAttribute("ancestors", shape.ancestors(node));
		model.addAttribute("children", shape.children(nodeId));
		model.addAttribute("year", shown);
		model.addAttribute("years", years(shape));
		model.addAttribute("row", table.row(nodeId).orElseThrow());
		model.addAttribute("table", table);
		model.addAttribute("records", drilldown.of(nodeId, shown));
		return "admin/report/node";
	}

	@GetMapping("/print")
	String print(@RequestParam(required = false) Integer year, Model model) {
		PlanShape shape = plan();
		FiscalYear shown = year(year);
		model.addAttribute("plan", shape);
		model.addAttribute("year", shown);
		model.addAttribute("table", figures.figures(shape, shown));
		model.addAttribute("previous", figures.figures(shape, shown.previous()));
		return "admin/report/print";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, Locale locale) {
		PlanShape shape = plan();
		FiscalYear shown = year(year);
		byte[] body = exports.csv(shape, figures.figures(shape, shown), locale);
		audit.record(AuditAction.EXPORT, "report", shape.code() + "/" + shown.startYear(),
				"plan figures as CSV (no personal data)");
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment(shape, shown, "csv")).body(body);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(required = false) Integer year, Locale locale) {
		PlanShape shape = plan();
		FiscalYear shown = year(year);
		FigureTable table = figures.figures(shape, shown);
		audit.record(AuditAction.EXPORT, "report", shape.code() + "/" + shown.startYear(),
				"plan figures as xlsx (no personal data)");
		StreamingResponseBody body = out -> exports.xlsx(shape, table, locale, out);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment(shape, shown, "xlsx")).body(body);
	}

	private static String attachment(PlanShape shape, FiscalYear year, String extension) {
		return ContentDisposition.attachment()
				.filename("plan-figures-" + shape.code() + "-" + year.startYear() + "." + extension).build().toString();
	}

	@PostMapping("/recompute")
	String recompute(@RequestParam int year, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("administrators recompute snapshots");
		}
		FiscalYear shown = year(year);
		if (!figures.finished(shown)) {
			throw new ReportNotFoundException("finished fiscal year");
		}
		figures.recompute(plan(), shown, user.accountId());
		redirect.addFlashAttribute("notice", "report.recompute.done");
		return "redirect:/admin/report?year=" + shown.startYear();
	}

	@GetMapping("/indicators")
	String indicators(Model model) {
		PlanShape shape = plan();
		model.addAttribute("plan", shape);
		model.addAttribute("year", figures.currentYear());
		return "admin/report/indicators";
	}

	@PostMapping("/indicators/{indicatorId:[0-9]{1,15}}")
	String bind(@PathVariable long indicatorId, @RequestParam(required = false) String figure,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Figure chosen = null;
		if (figure != null && !figure.isBlank()) {
			try {
				chosen = Figure.valueOf(figure);
			}
			catch (IllegalArgumentException ex) {
				throw new ReportNotFoundException("figure");
			}
		}
		figures.bind(plan(), indicatorId, chosen, user.accountId());
		redirect.addFlashAttribute("notice", "report.indicators.saved");
		return "redirect:/admin/report/indicators";
	}
}
