package jp.manabi.portal.consultation.web.counselor;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.consultation.BookingStatus;
import jp.manabi.portal.consultation.domain.DeskRefused;
import jp.manabi.portal.consultation.domain.DeskViewer;
import jp.manabi.portal.consultation.domain.OutcomeService;

/**
 * A booking's page at the desk: the person's contact, the private notes, held / no-show,
 * referrals, the online link. The counselor's ({@code /counselor/bookings}, their own bookings
 * only) and the staff's ({@code /admin/consultations/bookings}, any) are this one page.
 */
public abstract class BookingPageController {

	private final OutcomeService outcomes;

	protected BookingPageController(OutcomeService outcomes) {
		this.outcomes = outcomes;
	}

	/** Who is at the desk (from the signed-in account). */
	protected abstract DeskViewer viewer(CurrentUser user);

	/** Where this page lives, e.g. {@code /counselor/bookings}. */
	protected abstract String base();

	/** The day view to go back to. */
	protected abstract String back();

	@GetMapping("/{id}")
	public String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, user, model, null);
	}

	@PostMapping("/{id}/notes")
	public String notes(@PathVariable long id, @Valid @ModelAttribute NotesForm notesForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				outcomes.saveNotes(id, viewer(user), notesForm.getVersion(), notesForm.getNotes());
				return done(id, "consultation.outcome.notice.notesSaved", redirect);
			}
			catch (DeskRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return page(id, user, model, notesForm);
	}

	@PostMapping("/{id}/status")
	public String mark(@PathVariable long id, @RequestParam BookingStatus status,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			outcomes.mark(id, viewer(user), status);
			return done(id, "consultation.outcome.notice.marked." + status, redirect);
		}
		catch (DeskRefused refused) {
			model.addAttribute("statusError", refused.messageKey());
			return page(id, user, model, null);
		}
	}

	@PostMapping("/{id}/referrals")
	public String addReferral(@PathVariable long id, @Valid @ModelAttribute ReferralForm referralForm,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				outcomes.addReferral(id, viewer(user), referralForm.getKind(), referralForm.getTargetId());
				return done(id, "consultation.outcome.notice.referralAdded", redirect);
			}
			catch (DeskRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return page(id, user, model, null);
	}

	@PostMapping("/{id}/referrals/{referralId}/remove")
	public String removeReferral(@PathVariable long id, @PathVariable long referralId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		outcomes.removeReferral(id, viewer(user), referralId);
		return done(id, "consultation.outcome.notice.referralRemoved", redirect);
	}

	@PostMapping("/{id}/link")
	public String link(@PathVariable long id, @Valid @ModelAttribute LinkForm linkForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				outcomes.setOnlineLink(id, viewer(user), linkForm.getOnlineLink());
				return done(id, "consultation.outcome.notice.linkSaved", redirect);
			}
			catch (DeskRefused refused) {
				errors.rejectValue("onlineLink", refused.messageKey());
			}
		}
		return page(id, user, model, null);
	}

	private String done(long id, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + base() + "/" + id;
	}

	private String page(long id, CurrentUser user, Model model, NotesForm notesForm) {
		var page = outcomes.page(id, viewer(user));
		model.addAttribute("page", page);
		model.addAttribute("base", base());
		model.addAttribute("back", back());
		model.addAttribute("referralKinds", outcomes.referralKinds());
		if (notesForm != null) {
			model.addAttribute("notesForm", notesForm);
		}
		else {
			var form = new NotesForm();
			form.setNotes(page.notes());
			form.setVersion(page.notesVersion());
			model.addAttribute("notesForm", form);
		}
		if (!model.containsAttribute("referralForm")) {
			model.addAttribute("referralForm", new ReferralForm());
		}
		if (!model.containsAttribute("linkForm")) {
			var form = new LinkForm();
			form.setOnlineLink(page.booking().getOnlineLink());
			model.addAttribute("linkForm", form);
		}
		return "counselor/booking";
	}
}
