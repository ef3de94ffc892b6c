package jp.manabi.portal.course.web.admin;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.RosterService;
import jp.manabi.portal.shared.csv.CsvWriter;

/**
 * Per-session rosters: the printable list of people with a place, its CSV file, and the
 * attendance form. Sessions are chosen by id; one that is not this course's is not found.
 */
@Controller
@RequestMapping("/admin/courses/{courseId:[0-9]{1,15}}")
class RosterController {

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	/** Form fields {@code attendance[<application id>]} with the value present or absent. */
	private static final Pattern MARK = Pattern.compile("attendance\\[([0-9]{1,15})]");

	private final RosterService rosters;
	private final MessageSource messages;
	private final Clock clock;

	RosterController(RosterService rosters, MessageSource messages, Clock clock) {
		this.rosters = rosters;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/roster")
	String roster(@PathVariable long courseId, @RequestParam(required = false) Long session, Model model) {
		var empty = rosters.withoutSessions(courseId);
		if (empty.isPresent()) {
			model.addAttribute("empty", empty.get());
			return "admin/course/roster-empty";
		}
		var roster = rosters.roster(courseId, session, AuditAction.VIEW)
				.orElseThrow(ApplicationAdminController::notFound);
		model.addAttribute("roster", roster);
		return "admin/course/roster";
	}

	@GetMapping("/roster.csv")
	ResponseEntity<byte[]> export(@PathVariable long courseId, @RequestParam(required = false) Long session,
			@AuthenticationPrincipal CurrentUser staff, Locale locale) {
		var roster = rosters.roster(courseId, session, AuditAction.EXPORT)
				.orElseThrow(ApplicationAdminController::notFound);
		var now = clock.instant().atZone(Course.ZONE);
		var csv = new CsvWriter();
		csv.row(messages.getMessage("course-staff.roster.csvTitle", new Object[] { roster.courseTitle(),
				roster.session().number(), roster.session().date().toString(), roster.session().startsAt().toString() },
				locale));
		csv.row(text("course-staff.column.name", locale), text("course-staff.column.furigana", locale),
				text("course-staff.column.phone", locale), text("course-staff.column.childcare", locale),
				text("course-staff.column.needs", locale), text("course-staff.column.attendance", locale),
				text("course-staff.column.noShows", locale));
		for (var person : roster.people()) {
			String mark = person.present() == null ? ""
					: text(person.present() ? "course-staff.attendance.present" : "course-staff.attendance.absent",
							locale);
			csv.row(person.name(), person.furigana(), person.phone(), person.childcareText(), person.needs(), mark,
					String.valueOf(person.noShows()));
		}
		csv.row(messages.getMessage("course-staff.csv.exportedBy",
				new Object[] { staff.displayName(), now.format(CSV_TIME) }, locale));
		return ApplicationAdminController.csvResponse(csv.toBytes(), "roster-course" + courseId + "-session"
				+ roster.session().number() + "-" + now.format(FILE_DATE) + ".csv");
	}

	@GetMapping("/roster/attendance")
	String attendanceForm(@PathVariable long courseId, @RequestParam(required = false) Long session, Model model) {
		var roster = rosters.roster(courseId, session, AuditAction.VIEW)
				.orElseThrow(ApplicationAdminController::notFound);
		model.addAttribute("roster", roster);
		return "admin/course/roster-attendance";
	}

	@PostMapping("/roster/attendance")
	String markAttendance(@PathVariable long courseId, @RequestParam long session,
			@RequestParam Map<String, String> fields, @AuthenticationPrincipal CurrentUser staff,
			RedirectAttributes redirect) {
		var marks = new HashMap<Long, Boolean>();
		for (var field : fields.entrySet()) {
			var matcher = MARK.matcher(field.getKey());
			if (!matcher.matches()) {
				continue;
			}
			switch (field.getValue()) {
				case "present" -> marks.put(Long.valueOf(matcher.group(1)), true);
				case "absent" -> marks.put(Long.valueOf(matcher.group(1)), false);
				default -> {
					// Not marked yet: the person keeps whatever mark they had.
				}
			}
		}
		if (!rosters.markAttendance(courseId, session, marks, staff.accountId())) {
			throw ApplicationAdminController.notFound();
		}
		redirect.addFlashAttribute("notice", "course-staff.notice.attendanceSaved");
		return "redirect:/admin/courses/" + courseId + "/roster?session=" + session;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
