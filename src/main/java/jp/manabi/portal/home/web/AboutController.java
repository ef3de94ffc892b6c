package jp.manabi.portal.home.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.manabi.portal.privacy.PrivacyNotices;

/** The pages the footer links to. */
@Controller
@RequestMapping("/about")
class AboutController {

	private final PrivacyNotices notices;

	AboutController(PrivacyNotices notices) {
		this.notices = notices;
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "home/accessibility";
	}

	/** The notice administrators edit on /admin/privacy (or the built-in text). */
	@GetMapping("/privacy")
	String privacy(Model model, Locale locale) {
		model.addAttribute("blocks", notices.blocks(locale));
		return "home/privacy";
	}

	@GetMapping("/contact")
	String contact() {
		return "home/contact";
	}
}
