package jp.manabi.portal.course.web.admin;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.QuestionKind;
import jp.manabi.portal.course.domain.ApplicationRefused;
import jp.manabi.portal.course.domain.ApplicationRequestCheck;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.StaffApplicationQuery.ApplicationList;
import jp.manabi.portal.course.domain.StaffApplicationQuery.CourseHeader;
import jp.manabi.portal.course.domain.StaffApplicationQuery.Filter;
import jp.manabi.portal.course.domain.StaffApplicationQuery.Question;
import jp.manabi.portal.course.domain.StaffApplicationQuery.Row;
import jp.manabi.portal.course.domain.StaffApplicationQuery;
import jp.manabi.portal.course.domain.StaffApplicationService;
import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.shared.csv.CsvWriter;

/**
 * Staff pages for one course's applications: the list (filter, search, counts), one
 * application with its history and a status change, the CSV export, and applications taken at
 * the counter for people without an account. The domain writes every view and export to the
 * audit log.
 */
@Controller
@RequestMapping("/admin/courses/{courseId:[0-9]{1,15}}")
class ApplicationAdminController {

	private static final String LIST = "admin/course/applications";
	private static final String DETAIL = "admin/course/applications-detail";
	private static final String COUNTER = "admin/course/applications-new";

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final StaffApplicationQuery query;
	private final StaffApplicationService service;
	private final MunicipalityProperties municipality;
	private final MessageSource messages;
	private final Clock clock;

	ApplicationAdminController(StaffApplicationQuery query, StaffApplicationService service,
			MunicipalityProperties municipality, MessageSource messages, Clock clock) {
		this.query = query;
		this.service = service;
		this.municipality = municipality;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/applications")
	String list(@PathVariable long courseId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, Model model) {
		var filter = new Filter(statusOf(status), q);
		var list = query.view(courseId, filter).orElseThrow(ApplicationAdminController::notFound);
		model.addAttribute("list", list);
		model.addAttribute("course", list.course());
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("zone", Course.ZONE);
		model.addAttribute("csvUrl", csvUrl(courseId, filter));
		return LIST;
	}

	/**
	 * The same filter as a CSV link. The typed search goes in as a template variable, never into the
	 * template itself: "{...}" in it would otherwise be read as a variable to expand (found by the fuzz test).
	 */
	private static String csvUrl(long courseId, Filter filter) {
		var csv = UriComponentsBuilder.fromPath("/admin/courses/{id}/applications.csv");
		var values = new HashMap<String, Object>();
		values.put("id", courseId);
		if (filter.status() != null) {
			csv.queryParam("status", "{status}");
			values.put("status", filter.status());
		}
		if (filter.search() != null) {
			csv.queryParam("q", "{q}");
			values.put("q", filter.search());
		}
		return csv.encode().buildAndExpand(values).toUriString();
	}

	@GetMapping("/applications.csv")
	ResponseEntity<byte[]> export(@PathVariable long courseId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser staff, Locale locale) {
		var list = query.export(courseId, new Filter(statusOf(status), q))
				.orElseThrow(ApplicationAdminController::notFound);
		var now = clock.instant().atZone(Course.ZONE);
		byte[] file = csv(list, staff, now.format(CSV_TIME), locale);
		return csvResponse(file, "applications-course" + courseId + "-" + now.format(FILE_DATE) + ".csv");
	}

	@GetMapping("/applications/{applicationId:[0-9]{1,15}}")
	String detail(@PathVariable long courseId, @PathVariable long applicationId, Model model) {
		if (!model.containsAttribute("statusChangeForm")) {
			model.addAttribute("statusChangeForm", new StatusChangeForm());
		}
		return detailPage(courseId, applicationId, model);
	}

	@PostMapping("/applications/{applicationId:[0-9]{1,15}}/status")
	String change(@PathVariable long courseId, @PathVariable long applicationId,
			@Valid @ModelAttribute StatusChangeForm statusChangeForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser staff, Model model, RedirectAttributes redirect) {
		if (!query.belongsTo(courseId, applicationId)) {
			throw notFound();
		}
		if (!errors.hasErrors()) {
			try {
				service.change(courseId, applicationId, statusChangeForm.getStatus(), statusChangeForm.getReason(),
						staff.accountId());
				redirect.addFlashAttribute("notice", "course-staff.notice.status." + statusChangeForm.getStatus());
				return "redirect:/admin/courses/" + courseId + "/applications/" + applicationId;
			}
			catch (ApplicationRefused refused) {
				errors.reject(refused.messageKey(), refused.arguments(), null);
			}
		}
		return detailPage(courseId, applicationId, model);
	}

	@GetMapping("/applications/new")
	String counterForm(@PathVariable long courseId, Model model) {
		model.addAttribute("counterApplicationForm", CounterApplicationForm.blank());
		return counterPage(course(courseId), model);
	}

	@PostMapping("/applications/new")
	String enterAtCounter(@PathVariable long courseId,
			@Valid @ModelAttribute CounterApplicationForm counterApplicationForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser staff, Model model, RedirectAttributes redirect) {
		var course = course(courseId);
		var form = counterApplicationForm;
		if (form.getAreaCode() != null && !errors.hasFieldErrors("areaCode")
				&& !municipality.hasArea(form.getAreaCode())) {
			errors.rejectValue("areaCode", "validation.area");
		}
		if (!errors.hasFieldErrors("childcareAges*")) {
			// The checks number the children given; the boxes then show them in that order.
			form.compactChildRows();
		}
		for (var problem : service.problems(courseId, form.toRequest())) {
			showProblem(problem.field(), problem.messageKey(), problem.arguments(), errors);
		}
		if (!errors.hasErrors()) {
			try {
				var outcome = service.enterAtCounter(courseId, form.applicant(), form.toRequest(), staff.accountId());
				redirect.addFlashAttribute("notice", "course-staff.notice.counter." + outcome.status());
				if (outcome.status() == ApplicationStatus.WAITING) {
					redirect.addFlashAttribute("noticeArg", outcome.waitingPosition());
				}
				return "redirect:/admin/courses/" + courseId + "/applications/" + outcome.applicationId();
			}
			catch (ApplicationRefused refused) {
				if (refused.messageKey().equals("course-staff.refused.samePhone")) {
					errors.rejectValue("phone", refused.messageKey(), refused.arguments(), null);
				}
				else {
					errors.reject(refused.messageKey(), refused.arguments(), null);
				}
			}
		}
		form.ensureChildRows();
		return counterPage(course, model);
	}

	/** A crafted field name (an index beyond any form, a question id that is not a number). */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView badRequest() {
		return new ModelAndView("error", Map.of("status", 400), HttpStatus.BAD_REQUEST);
	}

	/**
	 * A problem the course's own rules found, beside its field. The message comes from the
	 * resident form's bundle when it has the key, else from this page's general one.
	 */
	private static void showProblem(String field, String key, Object[] arguments, BindingResult errors) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		Object value;
		try {
			value = errors.getRawFieldValue(field);
		}
		catch (RuntimeException unreadable) {
			value = null;
		}
		errors.addError(new FieldError(errors.getObjectName(), field, value, false,
				new String[] { key, "course-staff.counter.problem" }, arguments, null));
	}

	private String detailPage(long courseId, long applicationId, Model model) {
		var detail = query.viewDetail(courseId, applicationId).orElseThrow(ApplicationAdminController::notFound);
		model.addAttribute("detail", detail);
		model.addAttribute("course", detail.course());
		model.addAttribute("row", detail.application());
		model.addAttribute("zone", Course.ZONE);
		model.addAttribute("settable", StaffApplicationService.SETTABLE.stream()
				.filter(s -> s != detail.application().status()).toList());
		return DETAIL;
	}

	private String counterPage(CourseHeader course, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("maxChildren", ApplicationRequestCheck.MAX_CHILDREN);
		return COUNTER;
	}

	private CourseHeader course(long courseId) {
		return query.course(courseId).orElseThrow(ApplicationAdminController::notFound);
	}

	private byte[] csv(ApplicationList list, CurrentUser staff, String exportedAt, Locale locale) {
		var questions = list.course().questions();
		var header = new ArrayList<String>();
		for (String column : new String[] { "id", "status", "waitingPosition", "name", "furigana", "phone", "email",
				"area", "childcare", "needs", "note" }) {
			header.add(text("course-staff.column." + column, locale));
		}
		questions.forEach(question -> header.add(question.label(locale)));
		for (String column : new String[] { "appliedAt", "channel", "noShows" }) {
			header.add(text("course-staff.column." + column, locale));
		}
		var csv = new CsvWriter().row(header);
		for (Row row : list.rows()) {
			var fields = new ArrayList<String>();
			fields.add(String.valueOf(row.id()));
			fields.add(text("course-staff.status." + row.status(), locale));
			fields.add(row.waitingPosition() == 0 ? "" : String.valueOf(row.waitingPosition()));
			fields.add(row.name());
			fields.add(row.furigana());
			fields.add(row.phone());
			fields.add(row.email());
			fields.add(row.areaCode() == null ? ""
					: municipality.area(row.areaCode()).map(area -> area.name(locale)).orElse(row.areaCode()));
			fields.add(row.childcareText());
			fields.add(row.needs());
			fields.add(row.note());
			for (Question question : questions) {
				fields.add(answerText(question, row.answer(question.id()), locale));
			}
			fields.add(row.appliedAt().atZone(Course.ZONE).format(CSV_TIME));
			fields.add(text(row.takenAtCounter() ? "course-staff.channel.counter" : "course-staff.channel.web",
					locale));
			fields.add(String.valueOf(row.noShows()));
			csv.row(fields);
		}
		csv.row(messages.getMessage("course-staff.csv.exportedBy", new Object[] { staff.displayName(), exportedAt },
				locale));
		return csv.toBytes();
	}

	private String answerText(Question question, String answer, Locale locale) {
		if (answer == null) {
			return "";
		}
		if (question.kind() == QuestionKind.YES_NO) {
			return text(ApplicationRequestCheck.YES.equals(answer) ? "course-staff.answer.yes"
					: "course-staff.answer.no", locale);
		}
		return answer;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	static ResponseEntity<byte[]> csvResponse(byte[] file, String fileName) {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName).build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(file);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static ApplicationStatus statusOf(String value) {
		for (var status : ApplicationStatus.values()) {
			if (status.name().equalsIgnoreCase(value)) {
				return status;
			}
		}
		return null;
	}
}
