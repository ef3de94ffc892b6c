package jp.manabi.portal.course.web.admin;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jp.manabi.portal.course.domain.CourseRepository;
import jp.manabi.portal.course.domain.SurveyService;

/**
 * A course's survey results for staff: how many answered, the average and the spread of
 * satisfaction, and the comments. Anonymous: no names, and nothing that links comments to people.
 */
@Controller
class SurveyAdminController {

	private final CourseRepository courses;
	private final SurveyService surveys;

	SurveyAdminController(CourseRepository courses, SurveyService surveys) {
		this.courses = courses;
		this.surveys = surveys;
	}

	@GetMapping("/admin/courses/{id:[0-9]{1,15}}/survey")
	String survey(@PathVariable long id, Model model) {
		var course = courses.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("course", course);
		model.addAttribute("summary", surveys.summary(id));
		model.addAttribute("comments", surveys.comments(id));
		model.addAttribute("levels", List.of(5, 4, 3, 2, 1));
		return "admin/course/survey";
	}
}
