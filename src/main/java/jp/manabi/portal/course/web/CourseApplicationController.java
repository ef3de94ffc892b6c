package jp.manabi.portal.course.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.domain.ApplicationRefused;
import jp.manabi.portal.course.domain.ApplicationRequestCheck;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.course.domain.CourseCatalog;
import jp.manabi.portal.course.domain.SurveyService;

/**
 * Applying for a course: the form (childcare, needs, the course's own questions), a
 * confirmation step, then the result; and the resident's own applications on マイページ, where
 * they can cancel. Always the signed-in person's own: applications are looked up by id and
 * account together.
 */
@Controller
class CourseApplicationController {

	private static final String FORM = "course/apply";
	private static final String CONFIRM = "course/apply-confirm";

	private final CourseCatalog catalog;
	private final CourseApplicationService applications;
	private final SurveyService surveys;

	CourseApplicationController(CourseCatalog catalog, CourseApplicationService applications, SurveyService surveys) {
		this.catalog = catalog;
		this.applications = applications;
		this.surveys = surveys;
	}

	@InitBinder("applicationForm")
	void onlyTheFormsFields(WebDataBinder binder) {
		binder.setAllowedFields("childcareAges[*]", "needs", "note", "answers[*]");
	}

	@GetMapping("/courses/{id:[0-9]{1,15}}/apply")
	String form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return formPage(course(id), new ApplicationForm(), user, model);
	}

	@PostMapping("/courses/{id:[0-9]{1,15}}/apply/confirm")
	String confirm(@PathVariable long id, @Valid @ModelAttribute ApplicationForm applicationForm,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model) {
		var course = course(id);
		if (!checked(course, applicationForm, errors)) {
			return formPage(course, applicationForm, user, model);
		}
		model.addAttribute("course", course);
		return CONFIRM;
	}

	@PostMapping("/courses/{id:[0-9]{1,15}}/apply")
	String apply(@PathVariable long id, @Valid @ModelAttribute ApplicationForm applicationForm, BindingResult errors,
			@RequestParam(required = false) String edit, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		var course = course(id);
		if (edit != null || !checked(course, applicationForm, errors)) {
			return formPage(course, applicationForm, user, model);
		}
		try {
			var outcome = applications.apply(id, user.accountId(), applicationForm.toRequest());
			redirect.addFlashAttribute("notice", switch (outcome.status()) {
				case CONFIRMED -> "course.apply.done.confirmed";
				case ENTERED -> "course.apply.done.entered";
				default -> "course.apply.done.waiting";
			});
			if (outcome.status() == ApplicationStatus.WAITING) {
				redirect.addFlashAttribute("noticeArg", outcome.waitingPosition());
			}
			return "redirect:/mypage/applications/" + outcome.applicationId();
		}
		catch (ApplicationRefused refused) {
			refuse(model, refused);
			return formPage(course, applicationForm, user, model);
		}
	}

	@GetMapping("/mypage/applications")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("applications", applications.ofResident(user.accountId()));
		model.addAttribute("surveysAnswered", surveys.answered(user.accountId()));
		return "course/my-applications";
	}

	@GetMapping("/mypage/applications/{applicationId:[0-9]{1,15}}")
	String one(@PathVariable long applicationId, @AuthenticationPrincipal CurrentUser user, Model model) {
		var mine = applications.findMine(applicationId, user.accountId())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("entry", mine);
		model.addAttribute("details", applications.detailsOfMine(applicationId, user.accountId()).orElseThrow());
		model.addAttribute("surveysAnswered", surveys.answered(user.accountId()));
		return "course/my-application";
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
			redirect.addFlashAttribute("noticeArg", refused.arguments().length > 0 ? refused.arguments()[0] : null);
		}
		return "redirect:/mypage/applications";
	}

	private Course course(long id) {
		return catalog.findForApplying(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Adds the course's own problems (ages, required answers) beside their fields. */
	private static boolean checked(Course course, ApplicationForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("childcareAges*")) {
			// The checks number the children given; the boxes then show them in that order.
			form.compactChildRows();
		}
		for (var problem : ApplicationRequestCheck.problems(course, form.toRequest())) {
			if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			}
		}
		return !errors.hasErrors();
	}

	private String formPage(Course course, ApplicationForm form, CurrentUser user, Model model) {
		form.ensureChildRows();
		model.addAttribute("course", course);
		model.addAttribute("applicationForm", form);
		model.addAttribute("standing", applications.limitStanding(user.accountId()));
		if (!model.containsAttribute("refusal")) {
			try {
				applications.checkMayApply(course.getId(), user.accountId());
			}
			catch (ApplicationRefused refused) {
				refuse(model, refused);
			}
		}
		return FORM;
	}

	private static void refuse(Model model, ApplicationRefused refused) {
		model.addAttribute("refusal", refused.messageKey());
		model.addAttribute("refusalArgs", refused.arguments());
	}
}
