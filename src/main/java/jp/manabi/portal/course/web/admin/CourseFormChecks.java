package jp.manabi.portal.course.web.admin;

import java.util.Map;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseRuleViolation;

/**
 * The checks of the course form that need two fields or the session rows. The course rules
 * proper live in CourseService; the ones repeated here are repeated only so that every broken
 * rule is shown at once, beside its field, instead of one per save.
 */
@Component
class CourseFormChecks {

	/** Where a rule's field of CourseDetails is shown on the form, when the names differ. */
	private static final Map<String, String> FORM_FIELDS = Map.of("applicationClosesAt", "applicationClosesDate",
			"applicationOpensAt", "applicationOpensDate");

	void check(CourseForm form, Errors errors) {
		checkSessions(form, errors);
		if (form.getVenueId() == null && !form.isOnline() && !errors.hasFieldErrors("venueId")) {
			errors.rejectValue("venueId", "course.rule.placeNeeded");
		}
		var opens = form.applicationOpensAt();
		var closes = form.applicationClosesAt();
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			errors.rejectValue("applicationClosesDate", "course.rule.windowOrder");
		}
		if (closes != null && !errors.hasFieldErrors("applicationClosesDate")) {
			form.sessionTimes().stream().filter(s -> s.date() != null && s.startsAt() != null)
					.map(s -> s.date().atTime(s.startsAt()).atZone(Course.ZONE)
							.toInstant())
					.min(Comparable::compareTo).filter(closes::isAfter)
					.ifPresent(first -> errors.rejectValue("applicationClosesDate", "course.rule.windowBeforeStart"));
		}
		if (form.getMinAge() != null && form.getMaxAge() != null && !errors.hasFieldErrors("minAge")
				&& !errors.hasFieldErrors("maxAge") && form.getMinAge() > form.getMaxAge()) {
			errors.rejectValue("maxAge", "course.rule.ageOrder");
		}
		if (form.isChildcareOffered()) {
			checkChildcare(form, errors);
		}
	}

	private static void checkChildcare(CourseForm form, Errors errors) {
		requiredWithChildcare("childcareCapacity", form.getChildcareCapacity(), errors);
		requiredWithChildcare("childcareMinAge", form.getChildcareMinAge(), errors);
		requiredWithChildcare("childcareMaxAge", form.getChildcareMaxAge(), errors);
		if (form.getChildcareMinAge() != null && form.getChildcareMaxAge() != null
				&& !errors.hasFieldErrors("childcareMaxAge") && !errors.hasFieldErrors("childcareMinAge")
				&& form.getChildcareMinAge() > form.getChildcareMaxAge()) {
			errors.rejectValue("childcareMaxAge", "course.rule.ageOrder");
		}
	}

	private static void requiredWithChildcare(String field, Integer value, Errors errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "course-admin.validation.childcareNeeds");
		}
	}

	private static void checkSessions(CourseForm form, Errors errors) {
		var rows = form.getSessions();
		if (form.sessionTimes().size() > CourseForm.MAX_SESSIONS) {
			errors.rejectValue("sessions", "course-admin.validation.tooManySessions",
					new Object[] { CourseForm.MAX_SESSIONS }, null);
		}
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			String prefix = "sessions[" + i + "].";
			boolean typedBadly = errors.hasFieldErrors(prefix + "date") || errors.hasFieldErrors(prefix + "startsAt")
					|| errors.hasFieldErrors(prefix + "endsAt");
			if (row == null || (row.isEmpty() && !typedBadly)) {
				continue;
			}
			if (row.getDate() == null && !errors.hasFieldErrors(prefix + "date")) {
				errors.rejectValue(prefix + "date", "course-admin.validation.sessionDate");
			}
			if (row.getStartsAt() == null && !errors.hasFieldErrors(prefix + "startsAt")) {
				errors.rejectValue(prefix + "startsAt", "course-admin.validation.sessionTime");
			}
			if (row.getEndsAt() == null && !errors.hasFieldErrors(prefix + "endsAt")) {
				errors.rejectValue(prefix + "endsAt", "course-admin.validation.sessionTime");
			}
			if (row.getStartsAt() != null && row.getEndsAt() != null && !row.getEndsAt().isAfter(row.getStartsAt())) {
				errors.rejectValue(prefix + "endsAt", "course.rule.sessionEndsAfterStart");
			}
		}
	}

	/** Shows a rule CourseService refused beside the field it concerns. */
	void show(CourseRuleViolation violation, Errors errors) {
		String field = FORM_FIELDS.getOrDefault(violation.field(), violation.field());
		try {
			errors.rejectValue(field, violation.messageKey());
		}
		catch (NotReadablePropertyException notAFormField) {
			errors.reject(violation.messageKey());
		}
	}
}
