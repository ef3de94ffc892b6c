package jp.manabi.portal.volunteer.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.volunteer.domain.RequestReader;
import jp.manabi.portal.volunteer.domain.RequestRuleViolation;
import jp.manabi.portal.volunteer.domain.RequestService;
import jp.manabi.portal.volunteer.domain.RequestStatus;
import jp.manabi.portal.volunteer.domain.VolunteerRequest;

/**
 * What the three request forms (staff, organisation, circle leader) share: adding and removing
 * shift rows without JavaScript, the checks beside the fields, and the page's model.
 */
@Component
public class RequestFormSupport {

	public static final String PAGE = "volunteer/request-form";
	private static final String BINDING = BindingResult.MODEL_KEY_PREFIX + "requestForm";
	private static final int MAX_ROWS = RequestForm.MAX_SHIFTS * 2;

	private final RequestReader reader;
	private final RequestService service;
	private final Plans plans;
	private final SpringValidatorAdapter validator;
	private final ConversionService conversionService;

	RequestFormSupport(RequestReader reader, RequestService service, Plans plans, Validator validator,
			@Qualifier("mvcConversionService") ConversionService conversionService) {
		this.reader = reader;
		this.service = service;
		this.plans = plans;
		this.validator = new SpringValidatorAdapter(validator);
		this.conversionService = conversionService;
	}

	/** Where the form posts and where its page leads back to. */
	public record Target(String formAction, String backUrl, String backKey, String posterName, String statusUrl) {
	}

	/**
	 * The add and remove buttons: the form comes back with a row more or less and without the
	 * errors of an unfinished form. @return true when that was what the button asked.
	 */
	public boolean changeRows(RequestForm form, BindingResult errors, String addShift, Integer removeShift,
			Model model) {
		if (addShift == null && removeShift == null) {
			return false;
		}
		if (addShift != null) {
			if (form.getShifts().size() < MAX_ROWS) {
				form.addEmptyRow();
			}
			model.addAttribute("focusRow", form.getShifts().size() - 1);
		}
		else {
			form.removeRow(removeShift);
			form.ensureEmptyRow();
		}
		var kept = new BeanPropertyBindingResult(form, "requestForm");
		kept.initConversion(conversionService);
		for (FieldError error : errors.getFieldErrors()) {
			if (error.isBindingFailure() && (addShift != null || !error.getField().startsWith("shifts"))) {
				kept.addError(error);
			}
		}
		model.addAttribute(BINDING, kept);
		return true;
	}

	/** Bean Validation plus what it cannot say: skills offered, complete shift rows, apply-by in time. */
	public void validate(RequestForm form, BindingResult errors) {
		validator.validate(form, errors);
		var offered = new HashSet<Long>();
		reader.skillTree().forEach(g -> g.skills().forEach(s -> offered.add(s.getId())));
		for (Map.Entry<String, String> choice : form.getSkills().entrySet()) {
			if (!isSkillChoice(choice, offered)) {
				errors.rejectValue("skills", "volunteer.request.rule.unknownSkill");
				break;
			}
		}
		var rows = form.getShifts();
		int filled = 0;
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			if (row == null || row.isEmpty()) {
				continue;
			}
			filled++;
			String path = "shifts[" + i + "].";
			if (row.getDate() == null && !errors.hasFieldErrors(path + "date")) {
				errors.rejectValue(path + "date", "volunteer.request.rule.shiftDate");
			}
			if (row.getStartsAt() == null && !errors.hasFieldErrors(path + "startsAt")) {
				errors.rejectValue(path + "startsAt", "volunteer.request.rule.shiftTime");
			}
			if (row.getEndsAt() == null && !errors.hasFieldErrors(path + "endsAt")) {
				errors.rejectValue(path + "endsAt", "volunteer.request.rule.shiftTime");
			}
			if (row.getStartsAt() != null && row.getEndsAt() != null && !row.getEndsAt().isAfter(row.getStartsAt())) {
				errors.rejectValue(path + "endsAt", "volunteer.request.rule.shiftEndsBeforeStart");
			}
			if ((row.getNeeded() == null || row.getNeeded() < 1 || row.getNeeded() > 1000)
					&& !errors.hasFieldErrors(path + "needed")) {
				errors.rejectValue(path + "needed", "volunteer.request.rule.shiftNeeded");
			}
		}
		if (filled == 0) {
			errors.rejectValue("shifts", "volunteer.request.rule.noShift");
		}
		else if (filled > RequestForm.MAX_SHIFTS) {
			errors.rejectValue("shifts", "volunteer.request.rule.tooManyShifts");
		}
		if (form.getApplyBy() != null && !errors.hasFieldErrors("shifts*")) {
			form.shiftTimes().stream().map(s -> s.date()).filter(d -> d != null).min(java.util.Comparator.naturalOrder())
					.filter(first -> form.getApplyBy().isAfter(first))
					.ifPresent(first -> errors.rejectValue("applyBy", "volunteer.request.rule.applyByAfterFirstShift"));
		}
	}

	private static boolean isSkillChoice(Map.Entry<String, String> choice, Set<Long> offered) {
		if (!Set.of(RequestForm.REQUIRED, RequestForm.NICE, RequestForm.NONE).contains(choice.getValue())) {
			return false;
		}
		try {
			return RequestForm.NONE.equals(choice.getValue()) || offered.contains(Long.valueOf(choice.getKey()));
		}
		catch (NumberFormatException notAnId) {
			return false;
		}
	}

	public void show(RequestRuleViolation violation, BindingResult errors) {
		errors.rejectValue(violation.field(), violation.messageKey());
	}

	/** The page for a new request ({@code existing} null) or for editing one. */
	public String page(Model model, VolunteerRequest existing, RequestForm form, Target target) {
		if (form != null) {
			form.ensureEmptyRow();
			if (!model.containsAttribute("requestForm")) {
				model.addAttribute("requestForm", form);
			}
		}
		model.addAttribute("existing", existing);
		model.addAttribute("target", target);
		model.addAttribute("skillTree", reader.skillTree());
		model.addAttribute("planTargets", plans.linkTargets());
		model.addAttribute("statuses", RequestStatus.values());
		return PAGE;
	}
}
