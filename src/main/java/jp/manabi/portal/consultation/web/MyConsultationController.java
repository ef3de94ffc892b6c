package jp.manabi.portal.consultation.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.consultation.domain.BookingRefused;
import jp.manabi.portal.consultation.domain.BookingService;
import jp.manabi.portal.consultation.domain.BookingViews;
import jp.manabi.portal.consultation.domain.CounselorRepository;
import jp.manabi.portal.consultation.domain.SlotFinder;
import jp.manabi.portal.consultation.domain.TopicRepository;

/**
 * The resident's own consultations on マイページ: the list (upcoming with cancel and move until the
 * cut-off, past with status and referrals), one booking's details with its referrals (never the
 * counselor's notes), cancelling, and moving to another free slot of the same topic. Bookings are
 * always looked up by id and account together: another resident's id is a 404 and changes nothing.
 */
@Controller
class MyConsultationController {

	private final BookingViews views;
	private final BookingService bookings;
	private final TopicRepository topics;
	private final SlotListing listing;
	private final SlotFinder slots;
	private final CounselorRepository counselors;

	MyConsultationController(BookingViews views, BookingService bookings, TopicRepository topics, SlotListing listing,
			SlotFinder slots, CounselorRepository counselors) {
		this.views = views;
		this.bookings = bookings;
		this.topics = topics;
		this.listing = listing;
		this.slots = slots;
		this.counselors = counselors;
	}

	@GetMapping("/mypage/consultations")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		var all = views.mine(user.accountId());
		model.addAttribute("upcoming", all.stream().filter(BookingViews.MyBooking::upcoming).toList());
		model.addAttribute("past", all.stream().filter(b -> !b.upcoming()).sorted((a, b) -> b.startsAt().compareTo(a.startsAt()))
				.toList());
		return "consultation/my-list";
	}

	@GetMapping("/mypage/consultations/{id:[0-9]{1,15}}")
	String one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("booking", mine(id, user));
		return "consultation/my-booking";
	}

	@PostMapping("/mypage/consultations/{id:[0-9]{1,15}}/cancel")
	String cancel(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		mine(id, user);
		try {
			bookings.cancel(id, user.accountId());
			redirect.addFlashAttribute("notice", "consultation.mine.cancelled");
			return "redirect:/mypage/consultations";
		}
		catch (BookingRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
			return "redirect:/mypage/consultations/" + id;
		}
	}

	/** The free slots of the same topic; with {@code counselor} and {@code start}, the chosen one to confirm. */
	@GetMapping("/mypage/consultations/{id:[0-9]{1,15}}/move")
	String move(@PathVariable long id, @RequestParam(required = false) String counselor,
			@RequestParam(required = false) String start, @RequestParam(required = false) List<String> channel,
			@RequestParam(defaultValue = "false") boolean evening, @RequestParam(defaultValue = "false") boolean weekend,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		var booking = mine(id, user);
		if (!booking.changeable()) {
			redirect.addFlashAttribute("notice", booking.upcoming() ? "consultation.refused.pastCutoff"
					: "consultation.refused.notBooked");
			return "redirect:/mypage/consultations/" + id;
		}
		if (counselor != null || start != null) {
			return confirmPage(booking, ConsultationBookingController.counselorId(counselor),
					ConsultationBookingController.startsAt(start), null, model);
		}
		var topic = topics.findById(booking.topicId()).orElseThrow();
		String path = "/mypage/consultations/" + id + "/move";
		model.addAttribute("booking", booking);
		model.addAttribute("topic", topic);
		model.addAttribute("listing", listing.list(topic, SlotListing.Filter.of(channel, evening, weekend, page), locale,
				path, slot -> SlotListing.slotQuery(path, slot)));
		return htmx != null ? "consultation/slots :: slots" : "consultation/my-move";
	}

	@PostMapping("/mypage/consultations/{id:[0-9]{1,15}}/move")
	String moveTo(@PathVariable long id, @RequestParam(required = false) String counselor,
			@RequestParam(required = false) String start, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		var booking = mine(id, user);
		long counselorId = ConsultationBookingController.counselorId(counselor);
		Instant startsAt = ConsultationBookingController.startsAt(start);
		try {
			long moved = bookings.move(id, user.accountId(), counselorId, startsAt);
			redirect.addFlashAttribute("notice", "consultation.mine.moved");
			return "redirect:/mypage/consultations/" + moved;
		}
		catch (BookingRefused refused) {
			return confirmPage(booking, counselorId, startsAt, refused.messageKey(), model);
		}
	}

	private String confirmPage(BookingViews.MyBooking booking, long counselorId, Instant startsAt, String refusal,
			Model model) {
		var slot = slots.find(booking.topicId(), counselorId, startsAt).orElse(null);
		model.addAttribute("booking", booking);
		model.addAttribute("slot", slot);
		model.addAttribute("counselorName", slot == null ? null
				: counselors.findById(slot.counselorId()).map(c -> c.getDisplayName()).orElse(""));
		model.addAttribute("refusal", slot == null && refusal == null ? "consultation.refused.slotNotFree" : refusal);
		model.addAttribute("counselorId", counselorId);
		model.addAttribute("start", startsAt.toString());
		return "consultation/my-move-confirm";
	}

	private BookingViews.MyBooking mine(long id, CurrentUser user) {
		return views.mine(id, user.accountId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
