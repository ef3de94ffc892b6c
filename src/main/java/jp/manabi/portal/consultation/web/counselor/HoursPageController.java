package jp.manabi.portal.consultation.web.counselor;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.domain.DeskRefused;
import jp.manabi.portal.consultation.domain.DeskViewer;
import jp.manabi.portal.consultation.domain.HoursService;
import jp.manabi.portal.shared.time.DayOfWeekNames;

/**
 * A counselor's weekly hours and date exceptions: each row removable, one row added at a time (no
 * JavaScript needed). The counselor's own page ({@code /counselor/hours}) and the staff's for any
 * counselor ({@code /admin/consultations/counselors/{counselorId}/hours}) are this one page.
 */
public abstract class HoursPageController {

	protected final HoursService hours;

	protected HoursPageController(HoursService hours) {
		this.hours = hours;
	}

	protected abstract DeskViewer viewer(CurrentUser user);

	/** Whose hours: the path's counselor for staff; the signed-in counselor's own otherwise. */
	protected abstract long counselorId(Long pathCounselorId, CurrentUser user);

	protected abstract String base(long counselorId);

	@GetMapping
	public String show(@PathVariable(required = false) Long counselorId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		return page(counselorId(counselorId, user), user, model);
	}

	@PostMapping("/weekly")
	public String addWeekly(@PathVariable(required = false) Long counselorId,
			@Valid @ModelAttribute WeeklyForm weeklyForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		long id = counselorId(counselorId, user);
		if (!errors.hasErrors()) {
			try {
				hours.addWeekly(id, viewer(user), weeklyForm.getDay(), new HoursService.Range(weeklyForm.getStartsAt(),
						weeklyForm.getEndsAt(), weeklyForm.getChannel(), weeklyForm.getVenue()));
				redirect.addFlashAttribute("notice", "consultation.hours.notice.added");
				return "redirect:" + base(id);
			}
			catch (DeskRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return page(id, user, model);
	}

	@PostMapping("/weekly/{hoursId}/remove")
	public String removeWeekly(@PathVariable(required = false) Long counselorId, @PathVariable long hoursId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		long id = counselorId(counselorId, user);
		hours.removeWeekly(id, viewer(user), hoursId);
		redirect.addFlashAttribute("notice", "consultation.hours.notice.removed");
		return "redirect:" + base(id);
	}

	@PostMapping("/exceptions")
	public String addException(@PathVariable(required = false) Long counselorId,
			@Valid @ModelAttribute ExceptionForm exceptionForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		long id = counselorId(counselorId, user);
		if (!errors.hasErrors()) {
			try {
				if (exceptionForm.isAbsent()) {
					hours.addAbsence(id, viewer(user), exceptionForm.getDate(), exceptionForm.getNote());
				}
				else {
					hours.addDateHours(id, viewer(user), exceptionForm.getDate(),
							new HoursService.Range(exceptionForm.getStartsAt(), exceptionForm.getEndsAt(),
									exceptionForm.getChannel(), exceptionForm.getVenue()),
							exceptionForm.getNote());
				}
				redirect.addFlashAttribute("notice", "consultation.hours.notice.exceptionAdded");
				return "redirect:" + base(id);
			}
			catch (DeskRefused refused) {
				errors.rejectValue("day".equals(refused.field()) ? "date" : refused.field(), refused.messageKey());
			}
		}
		return page(id, user, model);
	}

	@PostMapping("/exceptions/{exceptionId}/remove")
	public String removeException(@PathVariable(required = false) Long counselorId, @PathVariable long exceptionId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		long id = counselorId(counselorId, user);
		hours.removeException(id, viewer(user), exceptionId);
		redirect.addFlashAttribute("notice", "consultation.hours.notice.removed");
		return "redirect:" + base(id);
	}

	private String page(long counselorId, CurrentUser user, Model model) {
		model.addAttribute("page", hours.page(counselorId, viewer(user)));
		model.addAttribute("base", base(counselorId));
		model.addAttribute("staffView", viewer(user).staff());
		model.addAttribute("weekdays", DayOfWeekNames.WEEK);
		model.addAttribute("channels", Channel.values());
		if (!model.containsAttribute("weeklyForm")) {
			model.addAttribute("weeklyForm", new WeeklyForm());
		}
		if (!model.containsAttribute("exceptionForm")) {
			model.addAttribute("exceptionForm", new ExceptionForm());
		}
		return "counselor/hours";
	}
}
