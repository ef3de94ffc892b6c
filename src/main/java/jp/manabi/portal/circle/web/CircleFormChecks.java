package jp.manabi.portal.circle.web;

import java.io.IOException;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jp.manabi.portal.circle.domain.CircleRegistrationRefused;
import jp.manabi.portal.circle.domain.ScheduleFrequency;
import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.shared.image.ImageRejected;
import jp.manabi.portal.shared.image.ImageSanitizer;
import jp.manabi.portal.shared.image.SanitizedImage;

/**
 * The circle form's checks beyond its annotations, each with the field to show it beside: the
 * schedule lines one by one, the area, and the picture (judged by its content, re-encoded).
 */
@Component
class CircleFormChecks {

	private final SpringValidatorAdapter validator;
	private final MunicipalityProperties municipality;

	CircleFormChecks(Validator validator, MunicipalityProperties municipality) {
		this.validator = new SpringValidatorAdapter(validator);
		this.municipality = municipality;
	}

	/** Validates the form; returns the sanitized picture when one was chosen and it is acceptable. */
	SanitizedImage check(CircleForm form, BindingResult errors) {
		validator.validate(form, errors);
		if (form.getAreaCode() != null && !errors.hasFieldErrors("areaCode") && !municipality.hasArea(form.getAreaCode())) {
			errors.rejectValue("areaCode", "validation.area");
		}
		if (form.isRecruiting() && (form.getRecruitingWhom() == null || form.getRecruitingWhom().isBlank())
				&& !errors.hasFieldErrors("recruitingWhom")) {
			errors.rejectValue("recruitingWhom", "circle.manage.rule.recruitingWhom");
		}
		checkSchedule(form, errors);
		return image(form, errors);
	}

	private void checkSchedule(CircleForm form, BindingResult errors) {
		if (form.getSchedule().size() > CircleForm.ROWS) {
			errors.rejectValue("schedule", "circle.manage.rule.scheduleTooMany");
			return;
		}
		int filled = 0;
		for (int i = 0; i < form.getSchedule().size(); i++) {
			var row = form.getSchedule().get(i);
			if (row == null || row.isEmpty()) {
				continue;
			}
			filled++;
			String path = "schedule[" + i + "].";
			if (row.getFrequency() == null) {
				errors.rejectValue(path + "frequency", "jakarta.validation.constraints.NotNull.message");
			}
			if (row.getDayOfWeek() == null || row.getDayOfWeek() < 1 || row.getDayOfWeek() > 7) {
				if (!errors.hasFieldErrors(path + "dayOfWeek")) {
					errors.rejectValue(path + "dayOfWeek", "jakarta.validation.constraints.NotNull.message");
				}
			}
			if (row.getFrequency() == ScheduleFrequency.MONTHLY && (row.getWeeks().isEmpty()
					|| row.getWeeks().stream().anyMatch(w -> w == null || w < 1 || w > 5))) {
				errors.rejectValue(path + "weeks", "circle.manage.rule.weeksNeeded");
			}
			if (row.getStartsAt() == null && !errors.hasFieldErrors(path + "startsAt")) {
				errors.rejectValue(path + "startsAt", "circle.manage.rule.timeNeeded");
			}
			if (row.getEndsAt() == null && !errors.hasFieldErrors(path + "endsAt")) {
				errors.rejectValue(path + "endsAt", "circle.manage.rule.timeNeeded");
			}
			if (row.getStartsAt() != null && row.getEndsAt() != null && !row.getEndsAt().isAfter(row.getStartsAt())) {
				errors.rejectValue(path + "endsAt", "circle.manage.rule.endsAfterStart");
			}
		}
		if (filled == 0 && !errors.hasFieldErrors("schedule[*]")) {
			errors.rejectValue("schedule", "circle.manage.rule.scheduleNeeded");
		}
	}

	private SanitizedImage image(CircleForm form, BindingResult errors) {
		var file = form.getImage();
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return ImageSanitizer.sanitize(file.getBytes());
		}
		catch (ImageRejected rejected) {
			errors.rejectValue("image", rejected.messageKey());
		}
		catch (IOException unreadable) {
			errors.rejectValue("image", "image.unreadable");
		}
		return null;
	}

	/** A rule the service refused, shown beside its field (schedule rules beside the schedule). */
	void show(CircleRegistrationRefused refused, BindingResult errors) {
		String field = refused.field();
		if (field.equals("action") || field.equals("renew") || field.equals("suspend") || field.equals("dissolve")) {
			errors.reject(refused.messageKey());
		}
		else {
			errors.rejectValue(field, refused.messageKey());
		}
	}
}
