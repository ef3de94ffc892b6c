package jp.manabi.portal.plan.web.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.plan.domain.ImportOutcome;
import jp.manabi.portal.plan.domain.ImportProblem;
import jp.manabi.portal.plan.domain.PlanEditRefusedException;
import jp.manabi.portal.plan.domain.PlanEditing;
import jp.manabi.portal.plan.domain.PlanFileParser;
import jp.manabi.portal.plan.domain.PlanFileWriter;
import jp.manabi.portal.plan.domain.PlanImportService;
import jp.manabi.portal.plan.domain.PlanNotFoundException;
import jp.manabi.portal.plan.domain.PlanQueries;
import jp.manabi.portal.plan.domain.PlanStatus;
import jp.manabi.portal.plan.domain.PlanTree;

/** Staff: the list of plans, upload of a plan file, a plan's tree, its status and its export. */
@Controller
@RequestMapping("/admin/plans")
class PlanAdminController {

	static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

	private final PlanQueries queries;
	private final PlanImportService importer;
	private final PlanEditing editing;

	PlanAdminController(PlanQueries queries, PlanImportService importer, PlanEditing editing) {
		this.queries = queries;
		this.importer = importer;
		this.editing = editing;
	}

	/** {@code uploadTooLarge}: sent back here by the oversized-upload filter (config). */
	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean uploadTooLarge, Model model) {
		if (uploadTooLarge) {
			model.addAttribute("problems", List.of(ImportProblem.of("", "plan.import.error.tooLarge",
					PlanFileParser.MAX_BYTES / 1024 / 1024)));
			model.addAttribute("uploadedName", "");
		}
		model.addAttribute("plans", queries.summaries());
		return "admin/plan/list";
	}

	/** The upload's own address, opened without a form (the filter's way back when no Referer came). */
	@GetMapping("/upload")
	String uploadAddress(@RequestParam(defaultValue = "false") boolean uploadTooLarge) {
		return uploadTooLarge ? "redirect:/admin/plans?uploadTooLarge=true" : "redirect:/admin/plans";
	}

	/**
	 * A plan file from staff. The whole file is checked first: with any problem, the list of
	 * them comes back and nothing in the portal changes.
	 */
	@PostMapping("/upload")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		String fileName = file == null ? "" : safeName(file.getOriginalFilename());
		ImportOutcome outcome;
		if (file == null || file.isEmpty()) {
			outcome = ImportOutcome.refused(List.of(ImportProblem.of("", "plan.import.error.empty")));
		}
		else {
			outcome = importer.importUpload(fileName, file.getBytes(), user.accountId());
		}
		if (outcome.isRefused()) {
			model.addAttribute("plans", queries.summaries());
			model.addAttribute("problems", outcome.problems());
			model.addAttribute("uploadedName", fileName);
			return "admin/plan/list";
		}
		redirect.addFlashAttribute("notice", outcome.isUnchanged() ? "plan.import.unchanged" : "plan.import.done");
		redirect.addFlashAttribute("importedCounts",
				List.of(outcome.added(), outcome.updated(), outcome.archived(), outcome.restored()));
		return "redirect:/admin/plans/{code}".replace("{code}", outcome.planCode());
	}

	@GetMapping("/{planCode}")
	String tree(@PathVariable String planCode, Model model) {
		model.addAttribute("tree", tree(planCode));
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("activeCode", queries.activePlanCode());
		return "admin/plan/tree";
	}

	@PostMapping("/{planCode}/status")
	String status(@PathVariable String planCode, @RequestParam PlanStatus status, @RequestParam long version,
			Model model, RedirectAttributes redirect) {
		try {
			editing.changeStatus(planCode, version, status);
		}
		catch (PlanEditRefusedException refused) {
			model.addAttribute("statusError", refused.messageKey());
			return tree(planCode, model);
		}
		redirect.addFlashAttribute("notice", "plan.admin.status.saved");
		return "redirect:/admin/plans/{planCode}";
	}

	/** The plan as a file in the format of db/plans, to keep, edit and upload again. */
	@GetMapping("/{planCode}/export")
	ResponseEntity<byte[]> export(@PathVariable String planCode) {
		PlanTree tree = tree(planCode);
		byte[] yaml = new PlanFileWriter().write(tree.toDocument()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(YAML)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(tree.code() + ".yaml").build().toString())
				.body(yaml);
	}

	private PlanTree tree(String planCode) {
		return queries.tree(planCode).orElseThrow(() -> new PlanNotFoundException("plan"));
	}

	/** Only for the record of imports: no path, no control characters, not too long. */
	private static String safeName(String original) {
		if (original == null || original.isBlank()) {
			return "upload.yaml";
		}
		String name = original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
		return name.length() > 200 ? name.substring(0, 200) : name;
	}
}
