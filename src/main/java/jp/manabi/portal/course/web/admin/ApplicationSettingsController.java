package jp.manabi.portal.course.web.admin;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.course.QuestionKind;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseCatalog;
import jp.manabi.portal.course.domain.CourseRuleViolation;
import jp.manabi.portal.course.domain.CourseService;

/** Staff set a course's application rules (deadlines, lottery tiers) and the questions its form asks. */
@Controller
@RequestMapping("/admin/courses/{id:[0-9]{1,15}}/application-settings")
class ApplicationSettingsController {

	private static final String PAGE = "admin/course/application-settings";

	private final CourseCatalog catalog;
	private final CourseService service;

	ApplicationSettingsController(CourseCatalog catalog, CourseService service) {
		this.catalog = catalog;
		this.service = service;
	}

	@GetMapping
	String form(@PathVariable long id, Model model) {
		var course = find(id);
		return page(course, ApplicationSettingsForm.of(course), model);
	}

	@PostMapping
	String save(@PathVariable long id, @Valid @ModelAttribute("settingsForm") ApplicationSettingsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var course = find(id);
		checkRows(form, errors);
		if (!errors.hasErrors()) {
			try {
				service.changeApplicationSettings(id, form.rules(), form.definitions());
				redirect.addFlashAttribute("notice", "course-admin.settings.saved");
				return "redirect:/admin/courses/" + id + "/application-settings";
			}
			catch (CourseRuleViolation violation) {
				errors.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return page(course, form.withSpareRows(), model);
	}

	/** What a question needs beyond its label: choices to choose from, a range in order. */
	private static void checkRows(ApplicationSettingsForm form, BindingResult errors) {
		var rows = form.getQuestions();
		if (rows.stream().filter(row -> !row.isBlank() && !row.isRemove()).count() > ApplicationSettingsForm.MAX_QUESTIONS) {
			errors.rejectValue("questions", "course-admin.settings.tooManyQuestions",
					new Object[] { ApplicationSettingsForm.MAX_QUESTIONS }, null);
		}
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			if (row.isBlank() || row.isRemove()) {
				continue;
			}
			if (row.getKind() == null) {
				errors.rejectValue("questions[" + i + "].kind", "course-admin.settings.kindNeeded");
			}
			else if (row.getKind() == QuestionKind.CHOICE && row.definition().choices().size() < 2) {
				errors.rejectValue("questions[" + i + "].choices", "course-admin.settings.choicesNeeded");
			}
			if (row.getMinValue() != null && row.getMaxValue() != null && row.getMinValue() > row.getMaxValue()) {
				errors.rejectValue("questions[" + i + "].maxValue", "course-admin.settings.rangeOrder");
			}
		}
	}

	private String page(Course course, ApplicationSettingsForm form, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("settingsForm", form);
		model.addAttribute("kinds", QuestionKind.values());
		return PAGE;
	}

	private Course find(long id) {
		return catalog.findWithQuestions(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
