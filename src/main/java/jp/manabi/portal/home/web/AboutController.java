package jp.manabi.portal.home.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The pages the footer links to. */
@Controller
@RequestMapping("/about")
class AboutController {

	@GetMapping("/accessibility")
	String accessibility() {
		return "home/accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "home/privacy";
	}

	@GetMapping("/contact")
	String contact() {
		return "home/contact";
	}
}
