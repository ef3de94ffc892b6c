package jp.manabi.portal.consultation.web.admin;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.consultation.domain.FreeSlots;
import jp.manabi.portal.consultation.domain.PublicHolidayLoader;
import jp.manabi.portal.consultation.domain.PublicHolidayRepository;

/** Staff: Japan's public holidays by year; load the bundled file or upload a newer one. */
@Controller
@RequestMapping("/admin/consultations/holidays")
class HolidayAdminController {

	private final PublicHolidayLoader loader;
	private final PublicHolidayRepository holidays;
	private final AuditLog audit;
	private final Clock clock;

	HolidayAdminController(PublicHolidayLoader loader, PublicHolidayRepository holidays, AuditLog audit, Clock clock) {
		this.loader = loader;
		this.holidays = holidays;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		int current = LocalDate.now(clock.withZone(FreeSlots.ZONE)).getYear();
		int chosen = year == null || year < 2000 || year > 2100 ? current : year;
		model.addAttribute("year", chosen);
		model.addAttribute("years", List.of(current - 1, current, current + 1, current + 2));
		model.addAttribute("holidays", holidays.findByDayBetween(LocalDate.of(chosen, 1, 1), LocalDate.of(chosen, 12, 31))
				.stream().sorted(java.util.Comparator.comparing(h -> h.getDay())).toList());
		return "admin/consultation/holidays";
	}

	@PostMapping("/bundled")
	String loadBundled(RedirectAttributes redirect) {
		int count = loader.loadBundled();
		audit.record(AuditAction.ADMIN, "public_holiday", null, "bundled file loaded: " + count);
		redirect.addFlashAttribute("notice", "consultation.admin.holidays.notice.loaded");
		redirect.addFlashAttribute("loadedCount", count);
		return "redirect:/admin/consultations/holidays";
	}

	@PostMapping("/upload")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("uploadError", "consultation.admin.holidays.error.noFile");
			return list(null, model);
		}
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			int count = loader.load(reader);
			audit.record(AuditAction.ADMIN, "public_holiday", null, "file uploaded: " + count);
			redirect.addFlashAttribute("notice", "consultation.admin.holidays.notice.loaded");
			redirect.addFlashAttribute("loadedCount", count);
			return "redirect:/admin/consultations/holidays";
		}
		catch (PublicHolidayLoader.Rejected rejected) {
			model.addAttribute("problems", rejected.problems());
			return list(null, model);
		}
	}
}
