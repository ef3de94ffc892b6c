package jp.manabi.portal.consultation.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.domain.BookingRefused;
import jp.manabi.portal.consultation.domain.CounselorService;
import jp.manabi.portal.consultation.domain.DeskBookings;
import jp.manabi.portal.consultation.domain.DeskRefused;
import jp.manabi.portal.consultation.domain.FreeSlots;
import jp.manabi.portal.consultation.domain.SlotFinder;
import jp.manabi.portal.consultation.domain.TopicService;

/**
 * Staff book for a caller: choose the topic, then a free slot from a week of days, then whom
 * (an account's email, or the caller's name and phone) and what about. A refusal changes nothing.
 */
@Controller
@RequestMapping("/admin/consultations/book")
class StaffBookingController {

	/** Days a page of free slots shows. */
	static final int DAYS = 7;

	private final TopicService topics;
	private final SlotFinder slots;
	private final DeskBookings bookings;
	private final CounselorService counselors;

	StaffBookingController(TopicService topics, SlotFinder slots, DeskBookings bookings, CounselorService counselors) {
		this.topics = topics;
		this.slots = slots;
		this.bookings = bookings;
		this.counselors = counselors;
	}

	@GetMapping
	String choose(@RequestParam(required = false) Long topic, @RequestParam(required = false) String from,
			@RequestParam(required = false) Long counselor, @RequestParam(required = false) String start,
			Model model) {
		if (topic != null && counselor != null && start != null) {
			var form = new StaffBookingForm();
			form.setTopic(topic);
			form.setCounselor(counselor);
			form.setStart(start);
			model.addAttribute("staffBookingForm", form);
			return who(form, model);
		}
		model.addAttribute("topics", topics.all().stream().filter(t -> t.isActive()).toList());
		if (topic != null) {
			LocalDate today = slots.today();
			LocalDate first = parse(from, today);
			if (first.isBefore(today)) {
				first = today;
			}
			var free = slots.free(topic, first, first.plusDays(DAYS - 1), EnumSet.allOf(Channel.class));
			Map<LocalDate, List<FreeSlots.Slot>> byDay = new TreeMap<>();
			for (LocalDate d = first; d.isBefore(first.plusDays(DAYS)); d = d.plusDays(1)) {
				byDay.put(d, new java.util.ArrayList<>());
			}
			free.forEach(s -> byDay.computeIfAbsent(s.day(), k -> new java.util.ArrayList<>()).add(s));
			model.addAttribute("topic", topics.find(topic));
			model.addAttribute("byDay", byDay);
			model.addAttribute("first", first);
			model.addAttribute("counselorNames", counselorNames());
		}
		return "admin/consultation/book";
	}

	@PostMapping
	String book(@Valid @ModelAttribute StaffBookingForm staffBookingForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Instant startsAt = instant(staffBookingForm.getStart());
		if (startsAt == null || staffBookingForm.getTopic() == null || staffBookingForm.getCounselor() == null) {
			model.addAttribute("refused", "consultation.refused.slotNotFree");
			return choose(null, null, null, null, model);
		}
		if (staffBookingForm.getEmail() == null) {
			if (staffBookingForm.getCallerName() == null) {
				errors.rejectValue("callerName", "consultation.desk.book.error.callerName");
			}
			if (staffBookingForm.getCallerPhone() == null) {
				errors.rejectValue("callerPhone", "consultation.desk.book.error.callerPhone");
			}
		}
		if (!errors.hasErrors()) {
			try {
				long id = bookings.bookFor(staffBookingForm.getTopic(), staffBookingForm.getCounselor(), startsAt,
						new DeskBookings.Caller(staffBookingForm.getEmail(), staffBookingForm.getCallerName(),
								staffBookingForm.getCallerPhone()),
						staffBookingForm.getDescription(), user.accountId());
				redirect.addFlashAttribute("notice", "consultation.desk.book.notice.booked");
				return "redirect:/admin/consultations/bookings/" + id;
			}
			catch (DeskRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
			catch (BookingRefused refused) {
				model.addAttribute("refused", refused.messageKey());
			}
		}
		return who(staffBookingForm, model);
	}

	private String who(StaffBookingForm form, Model model) {
		var slot = slots.find(form.getTopic(), form.getCounselor(), instant(form.getStart()) == null ? Instant.EPOCH
				: instant(form.getStart()));
		model.addAttribute("slot", slot.orElse(null));
		model.addAttribute("topic", topics.all().stream().filter(t -> t.getId().equals(form.getTopic())).findFirst()
				.orElse(null));
		model.addAttribute("counselorNames", counselorNames());
		return "admin/consultation/book-who";
	}

	private Map<Long, String> counselorNames() {
		var names = new java.util.HashMap<Long, String>();
		counselors.all().forEach(c -> names.put(c.counselor().getId(), c.counselor().getDisplayName()));
		return names;
	}

	private static Instant instant(String value) {
		try {
			return value == null ? null : Instant.parse(value);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static LocalDate parse(String value, LocalDate fallback) {
		try {
			return value == null ? fallback : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			return fallback;
		}
	}
}
