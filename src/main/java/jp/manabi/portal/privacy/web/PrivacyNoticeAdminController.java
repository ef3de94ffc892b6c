package jp.manabi.portal.privacy.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.privacy.PrivacyNotices;

/** Administrators edit the privacy notice in both languages; each save is kept as a version. */
@Controller
@RequestMapping("/admin/privacy")
class PrivacyNoticeAdminController {

	private final PrivacyNotices notices;

	PrivacyNoticeAdminController(PrivacyNotices notices) {
		this.notices = notices;
	}

	@GetMapping
	String form(Model model) {
		var form = new PrivacyNoticeForm();
		form.setBodyJa(notices.text(Locale.JAPANESE));
		form.setBodyEn(notices.text(Locale.ENGLISH));
		model.addAttribute("privacyNoticeForm", form);
		model.addAttribute("history", notices.history());
		return "admin/privacy/notice";
	}

	@PostMapping
	String save(@Valid @ModelAttribute PrivacyNoticeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("history", notices.history());
			return "admin/privacy/notice";
		}
		notices.save(form.getBodyJa(), form.getBodyEn());
		redirect.addFlashAttribute("notice", "privacy.notice.saved");
		return "redirect:/admin/privacy";
	}
}
