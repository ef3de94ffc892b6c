package jp.manabi.portal.circle.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.circle.domain.ActivityRefused;
import jp.manabi.portal.circle.domain.ActivityService;
import jp.manabi.portal.circle.domain.ActivityService.ActivityNotFound;
import jp.manabi.portal.circle.domain.Circle;
import jp.manabi.portal.circle.domain.ReportService;
import jp.manabi.portal.shared.image.ImageRejected;
import jp.manabi.portal.shared.image.ImageSanitizer;
import jp.manabi.portal.shared.image.SanitizedImage;

/**
 * A leader's activity reports: the list and a new report with an optional photo. The photo is
 * judged by its content and re-encoded before anything is kept; a refused file is named beside
 * its field. 404 unless the account leads or co-leads the circle.
 */
@Controller
@RequestMapping("/mypage/circles/{id:[0-9]{1,15}}/reports")
class ReportController {

	private final ActivityService activities;
	private final ReportService reports;

	ReportController(ActivityService activities, ReportService reports) {
		this.activities = activities;
		this.reports = reports;
	}

	@InitBinder("reportForm")
	void onlyTheFormsFields(WebDataBinder binder) {
		binder.setAllowedFields("heldOn", "participants", "summary", "activityId");
	}

	@ExceptionHandler(ActivityNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@GetMapping
	String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("circle", circle(id, user));
		model.addAttribute("reports", reports.list(id, user.accountId()));
		return "circle/report-list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long id, @RequestParam(required = false) String uploadTooLarge,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var form = new ReportForm();
		form.setHeldOn(activities.today());
		// An upload over the size limit is sent back here before it reaches the controller.
		model.addAttribute("photoError", uploadTooLarge != null ? "image.tooLarge" : null);
		return formPage(circle(id, user), form, user, model);
	}

	@PostMapping("/new")
	String file(@PathVariable long id, @Valid @ModelAttribute ReportForm reportForm, BindingResult errors,
			@RequestParam(name = "photo", required = false) MultipartFile photo,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		var circle = circle(id, user);
		ActivityController.reject(errors, reports.problems(id, reportForm.toDraft()));
		SanitizedImage sanitized = null;
		if (photo != null && !photo.isEmpty()) {
			try {
				sanitized = ImageSanitizer.sanitize(photo.getBytes());
			}
			catch (ImageRejected rejected) {
				model.addAttribute("photoError", rejected.messageKey());
			}
		}
		if (errors.hasErrors() || model.getAttribute("photoError") != null) {
			return formPage(circle, reportForm, user, model);
		}
		try {
			reports.file(id, user.accountId(), reportForm.toDraft(), sanitized);
		}
		catch (ActivityRefused refused) {
			ActivityController.reject(errors, refused.problems());
			return formPage(circle, reportForm, user, model);
		}
		redirect.addFlashAttribute("notice", "circle.report.filed");
		return "redirect:/mypage/circles/" + id + "/reports";
	}

	private Circle circle(long id, CurrentUser user) {
		return activities.managed(id, user.accountId()).orElseThrow(ActivityNotFound::new);
	}

	private String formPage(Circle circle, ReportForm form, CurrentUser user, Model model) {
		model.addAttribute("circle", circle);
		model.addAttribute("reportForm", form);
		model.addAttribute("heldActivities", activities.heldActivities(circle.getId(), user.accountId()));
		return "circle/report-form";
	}
}
