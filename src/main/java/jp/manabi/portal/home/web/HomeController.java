package jp.manabi.portal.home.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.manabi.portal.course.Courses;

/** The top page, and the sections whose features are still to come. */
@Controller
class HomeController {

	/** Sections of the portal in navigation order; each will get its own module. */
	static final List<String> SECTIONS = List.of("courses", "circles", "volunteers", "consultations", "plan");

	private final Courses courses;

	HomeController(Courses courses) {
		this.courses = courses;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("sections", SECTIONS);
		model.addAttribute("accepting", courses.acceptingNow(6));
		model.addAttribute("startingSoon", courses.startingSoon(6));
		return "home/index";
	}

	/**
	 * An honest page for a section that is not built yet, so the navigation never leads to a
	 * dead end. Each later module takes its path over.
	 */
	@GetMapping("/{section:volunteers}")
	String comingSoon(@PathVariable String section, Model model) {
		model.addAttribute("section", section);
		return "home/coming-soon";
	}
}
