package jp.manabi.portal.course.web.admin;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseCategoryService;
import jp.manabi.portal.course.domain.CourseListQuery;
import jp.manabi.portal.course.domain.CourseListQuery.Term;
import jp.manabi.portal.course.domain.CourseRepository;
import jp.manabi.portal.course.domain.CourseRuleViolation;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.course.domain.ProposalService;
import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.course.domain.VenueService;

/** Staff list, create and edit courses, and publish, unpublish, cancel or copy them. */
@Controller
@RequestMapping("/admin/courses")
class CourseAdminController {

	static final int PAGE_SIZE = 20;

	private static final String FORM = "admin/course/form";
	private static final String FORM_BINDING = BindingResult.MODEL_KEY_PREFIX + "courseForm";

	/** Enough rows for any course; a crafted request cannot make the form grow without end. */
	private static final int MAX_ROWS = CourseForm.MAX_SESSIONS * 2;

	private final CourseService service;
	private final Plans plans;
	private final CourseRepository courses;
	private final CourseListQuery list;
	private final CourseCategoryService categories;
	private final VenueService venues;
	private final CourseFormChecks checks;
	private final SpringValidatorAdapter validator;
	private final ConversionService conversionService;
	private final ProposalService proposals;

	CourseAdminController(Plans plans, CourseService service, CourseRepository courses, CourseListQuery list,
			CourseCategoryService categories, VenueService venues, CourseFormChecks checks,
			Validator validator,
			@Qualifier("mvcConversionService") ConversionService conversionService, ProposalService proposals) {
		this.proposals = proposals;
		this.plans = plans;
		this.service = service;
		this.courses = courses;
		this.list = list;
		this.categories = categories;
		this.venues = venues;
		this.checks = checks;
		this.validator = new SpringValidatorAdapter(validator);
		this.conversionService = conversionService;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String category, @RequestParam(required = false) String term,
			@RequestParam(required = false) String page, Model model) {
		var filter = new CourseListQuery.Filter(q, statusOf(status), category, termOf(term));
		var result = list.find(filter, pageNumber(page) - 1, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("courses", result);
		model.addAttribute("categories", categories.all());
		model.addAttribute("statuses", CourseStatus.values());
		model.addAttribute("terms", Term.values());
		model.addAttribute("zone", Course.ZONE);
		model.addAttribute("listUrl", UriComponentsBuilder.fromPath("/admin/courses")
				.queryParamIfPresent("q", Optional.ofNullable(q))
				.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
				.queryParamIfPresent("category", Optional.ofNullable(category))
				.queryParam("term", filter.term().name().toLowerCase(Locale.ROOT)).encode().build().toUriString());
		return "admin/course/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("courseForm", CourseForm.blank());
		return formPage(null, model);
	}

	/** Saves, or (without JavaScript) adds or removes a session row and shows the form again. */
	@PostMapping("/new")
	String create(@ModelAttribute CourseForm courseForm, BindingResult errors,
			@RequestParam(required = false) String addSession, @RequestParam(required = false) Integer removeSession,
			Model model, RedirectAttributes redirect) {
		if (changeRows(courseForm, errors, addSession, removeSession, model)) {
			return formPage(null, model);
		}
		validate(courseForm, errors);
		if (!errors.hasErrors()) {
			try {
				long id = service.create(courseForm.toDetails(), courseForm.sessionTimes(), courseForm.getPlanNodeIds());
				redirect.addFlashAttribute("notice", "course-admin.notice.created");
				return "redirect:/admin/courses/" + id + "/edit";
			}
			catch (CourseRuleViolation violation) {
				checks.show(violation, errors);
			}
		}
		courseForm.ensureEmptyRow();
		return formPage(null, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		var course = find(id);
		model.addAttribute("courseForm", CourseForm.of(course));
		return formPage(course, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute CourseForm courseForm, BindingResult errors,
			@RequestParam(required = false) String addSession, @RequestParam(required = false) Integer removeSession,
			Model model, RedirectAttributes redirect) {
		var course = find(id);
		if (changeRows(courseForm, errors, addSession, removeSession, model)) {
			return formPage(course, model);
		}
		// Checked before the fields: fixing errors on a page someone else has since saved would be wasted work.
		if (courseForm.getVersion() == null || courseForm.getVersion() != course.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Course.class, id);
		}
		validate(courseForm, errors);
		if (!errors.hasErrors()) {
			try {
				service.update(id, courseForm.getVersion(), courseForm.toDetails(), courseForm.sessionTimes(),
						courseForm.getPlanNodeIds());
				redirect.addFlashAttribute("notice", "course-admin.notice.saved");
				return "redirect:/admin/courses/" + id + "/edit";
			}
			catch (CourseRuleViolation violation) {
				checks.show(violation, errors);
			}
		}
		courseForm.ensureEmptyRow();
		return formPage(course, model);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		find(id);
		try {
			service.publish(id);
			redirect.addFlashAttribute("notice", "course-admin.notice.published");
		}
		catch (CourseRuleViolation violation) {
			redirect.addFlashAttribute("actionError", violation.messageKey());
		}
		return "redirect:/admin/courses/" + id + "/edit";
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id, RedirectAttributes redirect) {
		find(id);
		service.unpublish(id);
		redirect.addFlashAttribute("notice", "course-admin.notice.unpublished");
		return "redirect:/admin/courses/" + id + "/edit";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, @Valid @ModelAttribute CancelForm cancelForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser staff, Model model, RedirectAttributes redirect) {
		var course = find(id);
		if (errors.hasErrors()) {
			model.addAttribute("courseForm", CourseForm.of(course));
			return formPage(course, model);
		}
		service.cancel(id, cancelForm.getReason(), staff.accountId());
		redirect.addFlashAttribute("notice", "course-admin.notice.cancelled");
		return "redirect:/admin/courses/" + id + "/edit";
	}

	@PostMapping("/{id}/duplicate")
	String duplicate(@PathVariable long id, @Valid @ModelAttribute DuplicateForm duplicateForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var course = find(id);
		if (errors.hasErrors()) {
			model.addAttribute("courseForm", CourseForm.of(course));
			return formPage(course, model);
		}
		try {
			long copy = service.duplicate(id, Duration.ofDays(7L * duplicateForm.getWeeks()));
			redirect.addFlashAttribute("notice", "course-admin.notice.duplicated");
			return "redirect:/admin/courses/" + copy + "/edit";
		}
		catch (CourseRuleViolation violation) {
			redirect.addFlashAttribute("actionError", violation.messageKey());
			return "redirect:/admin/courses/" + id + "/edit";
		}
	}

	/** A session row index beyond what the binder grows to: a crafted request, not a person. */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView badRequest() {
		return new ModelAndView("error", Map.of("status", 400), HttpStatus.BAD_REQUEST);
	}

	/**
	 * The add and remove buttons: the form comes back with one row more or less, and without the
	 * errors of an unfinished form (staff are still typing). Errors of values that could not be read
	 * stay, except on rows whose position changed.
	 */
	private boolean changeRows(CourseForm form, BindingResult errors, String addSession, Integer removeSession,
			Model model) {
		if (addSession == null && removeSession == null) {
			return false;
		}
		if (addSession != null) {
			if (form.getSessions().size() < MAX_ROWS) {
				form.addEmptyRow();
			}
			model.addAttribute("focusRow", form.getSessions().size() - 1);
		}
		else {
			form.removeRow(removeSession);
			form.ensureEmptyRow();
		}
		var kept = new BeanPropertyBindingResult(form, "courseForm");
		kept.initConversion(conversionService);
		for (FieldError error : errors.getFieldErrors()) {
			if (error.isBindingFailure() && (addSession != null || !error.getField().startsWith("sessions"))) {
				kept.addError(error);
			}
		}
		model.addAttribute(FORM_BINDING, kept);
		return true;
	}

	private void validate(CourseForm form, BindingResult errors) {
		validator.validate(form, errors);
		checks.check(form, errors);
	}

	private String formPage(Course course, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("categories", categories.all());
		model.addAttribute("venues", venues.all());
		model.addAttribute("organizerTypes", OrganizerType.values());
		model.addAttribute("selectionMethods", SelectionMethod.values());
		model.addAttribute("eligibilities", Eligibility.values());
		model.addAttribute("audienceOptions", Audience.values());
		model.addAttribute("planTargets", plans.linkTargets());
		if (course != null) {
			model.addAttribute("fromProposal", proposals.proposalOfCourse(course.getId()).orElse(null));
			if (!model.containsAttribute("cancelForm")) {
				model.addAttribute("cancelForm", new CancelForm());
			}
			if (!model.containsAttribute("duplicateForm")) {
				model.addAttribute("duplicateForm", new DuplicateForm());
			}
		}
		return FORM;
	}

	private Course find(long id) {
		return courses.findWithEverything(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static CourseStatus statusOf(String value) {
		for (var status : CourseStatus.values()) {
			if (status.name().equalsIgnoreCase(value)) {
				return status;
			}
		}
		return null;
	}

	/** Staff mostly work on what is still to come; past and all are a choice away. */
	private static Term termOf(String value) {
		for (var term : Term.values()) {
			if (term.name().equalsIgnoreCase(value)) {
				return term;
			}
		}
		return Term.UPCOMING;
	}

	private static int pageNumber(String value) {
		try {
			return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}
}
