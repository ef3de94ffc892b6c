package jp.manabi.portal.home.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.manabi.portal.course.Courses;

/** The top page, and the sections whose features are still to come. */
@Controller
class HomeController {

	/** Sections of the portal in navigation order, each its own module. */
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
}
