package jp.manabi.portal.consultation.web;

import java.time.Instant;

import jakarta.validation.Valid;

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

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.domain.BookingRefused;
import jp.manabi.portal.consultation.domain.BookingService;
import jp.manabi.portal.consultation.domain.CounselorRepository;
import jp.manabi.portal.consultation.domain.SlotFinder;
import jp.manabi.portal.consultation.domain.Topic;
import jp.manabi.portal.consultation.domain.TopicRepository;

/**
 * Booking a free slot: the form shows the slot (date, time, channel, venue, counselor) and asks
 * what the resident wants to talk about, and for PHONE the number to call. The slot comes from
 * the link (counselor and start); it is checked against freshly computed free slots on both GET
 * and POST, so a tampered, past, taken or out-of-window slot is refused with a message and
 * nothing changes. A start that is not an instant is a bad request (400).
 */
@Controller
class ConsultationBookingController {

	private static final String PAGE = "consultation/book";

	private final TopicRepository topics;
	private final SlotFinder slots;
	private final BookingService bookings;
	private final CounselorRepository counselors;
	private final Accounts accounts;

	ConsultationBookingController(TopicRepository topics, SlotFinder slots, BookingService bookings,
			CounselorRepository counselors, Accounts accounts) {
		this.topics = topics;
		this.slots = slots;
		this.bookings = bookings;
		this.counselors = counselors;
		this.accounts = accounts;
	}

	@InitBinder("bookingForm")
	void onlyTheFormsFields(WebDataBinder binder) {
		binder.setAllowedFields("description", "contactPhone");
	}

	@GetMapping("/consultations/{code:[a-z0-9-]{1,40}}/book")
	String form(@PathVariable String code, @RequestParam(required = false) String counselor,
			@RequestParam(required = false) String start, @AuthenticationPrincipal CurrentUser user, Model model) {
		var topic = ConsultationController.activeTopic(topics, code);
		var form = new BookingForm();
		accounts.find(user.accountId()).ifPresent(a -> form.setContactPhone(a.phone()));
		return page(topic, counselorId(counselor), startsAt(start), form, null, model);
	}

	@PostMapping("/consultations/{code:[a-z0-9-]{1,40}}/book")
	String book(@PathVariable String code, @RequestParam(required = false) String counselor,
			@RequestParam(required = false) String start, @Valid @ModelAttribute BookingForm bookingForm,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var topic = ConsultationController.activeTopic(topics, code);
		long counselorId = counselorId(counselor);
		Instant startsAt = startsAt(start);
		var slot = slots.find(topic.getId(), counselorId, startsAt);
		if (slot.isEmpty()) {
			return page(topic, counselorId, startsAt, bookingForm, "consultation.refused.slotNotFree", model);
		}
		boolean phone = slot.get().channel() == Channel.PHONE;
		if (phone && (bookingForm.getContactPhone() == null || bookingForm.getContactPhone().isBlank())
				&& !errors.hasFieldErrors("contactPhone")) {
			errors.rejectValue("contactPhone", "consultation.book.phoneRequired");
		}
		if (errors.hasErrors()) {
			return page(topic, counselorId, startsAt, bookingForm, null, model);
		}
		try {
			long id = bookings.book(topic.getId(), counselorId, startsAt, user.accountId(), bookingForm.getDescription(),
					phone ? bookingForm.getContactPhone() : null);
			redirect.addFlashAttribute("notice", "consultation.book.done");
			return "redirect:/mypage/consultations/" + id;
		}
		catch (BookingRefused refused) {
			return page(topic, counselorId, startsAt, bookingForm, refused.messageKey(), model);
		}
	}

	private String page(Topic topic, long counselorId, Instant startsAt, BookingForm form, String refusal, Model model) {
		// Shown even when refused, as long as it is still free (e.g. the limit was reached).
		var slot = slots.find(topic.getId(), counselorId, startsAt).orElse(null);
		model.addAttribute("topic", topic);
		model.addAttribute("slot", slot);
		model.addAttribute("counselorName", slot == null ? null
				: counselors.findById(slot.counselorId()).map(c -> c.getDisplayName()).orElse(""));
		model.addAttribute("bookingForm", form);
		model.addAttribute("refusal", slot == null && refusal == null ? "consultation.refused.slotNotFree" : refusal);
		model.addAttribute("counselorId", counselorId);
		model.addAttribute("start", startsAt.toString());
		return PAGE;
	}

	static long counselorId(String counselor) {
		Long id = SlotListing.parseId(counselor);
		if (id == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return id;
	}

	static Instant startsAt(String start) {
		Instant instant = SlotListing.parseStart(start);
		if (instant == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return instant;
	}
}
