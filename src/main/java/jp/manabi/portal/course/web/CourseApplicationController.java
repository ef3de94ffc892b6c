package jp.manabi.portal.course.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.domain.ApplicationRefused;
import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.course.domain.CourseCatalog;

/**
 * Applying for a course: a confirmation step, then the result; and the resident's own
 * applications on マイページ, where they can cancel. Always the signed-in person's own.
 */
@Controller
class CourseApplicationController {

	private final CourseCatalog catalog;
	private final CourseApplicationService applications;

	CourseApplicationController(CourseCatalog catalog, CourseApplicationService applications) {
		this.catalog = catalog;
		this.applications = applications;
	}

	@GetMapping("/courses/{id:[0-9]{1,15}}/apply")
	String confirm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var course = catalog.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("course", course);
		try {
			applications.checkMayApply(id, user.accountId());
		}
		catch (ApplicationRefused refused) {
			model.addAttribute("refusal", refused.messageKey());
		}
		return "course/apply";
	}

	@PostMapping("/courses/{id:[0-9]{1,15}}/apply")
	String apply(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		var course = catalog.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			var outcome = applications.applyFirstCome(id, user.accountId());
			if (outcome.status() == ApplicationStatus.CONFIRMED) {
				redirect.addFlashAttribute("notice", "course.apply.done.confirmed");
			}
			else {
				redirect.addFlashAttribute("notice", "course.apply.done.waiting");
				redirect.addFlashAttribute("noticeArg", outcome.waitingPosition());
			}
			return "redirect:/mypage/applications";
		}
		catch (ApplicationRefused refused) {
			model.addAttribute("course", course);
			model.addAttribute("refusal", refused.messageKey());
			return "course/apply";
		}
	}

	@GetMapping("/mypage/applications")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("applications", applications.ofResident(user.accountId()));
		return "course/my-applications";
	}

	@PostMapping("/mypage/applications/{applicationId:[0-9]{1,15}}/cancel")
	String cancel(@PathVariable long applicationId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			applications.cancelByResident(applicationId, user.accountId());
			redirect.addFlashAttribute("notice", "course.apply.cancelled");
		}
		catch (ApplicationRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return "redirect:/mypage/applications";
	}

}
