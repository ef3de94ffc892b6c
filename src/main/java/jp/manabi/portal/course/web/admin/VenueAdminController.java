package jp.manabi.portal.course.web.admin;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.course.domain.CourseRuleViolation;
import jp.manabi.portal.course.domain.Venue;
import jp.manabi.portal.course.domain.VenueService;
import jp.manabi.portal.shared.MunicipalityProperties;

/** Staff keep the venues courses take place at. */
@Controller
@RequestMapping("/admin/courses/venues")
class VenueAdminController {

	private static final String FORM = "admin/course/venue-form";

	private final VenueService venues;
	private final MunicipalityProperties municipality;

	VenueAdminController(VenueService venues, MunicipalityProperties municipality) {
		this.venues = venues;
		this.municipality = municipality;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("venues", venues.all());
		return "admin/course/venues";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("venueForm", new VenueForm());
		model.addAttribute("venue", null);
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute VenueForm venueForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		checkArea(venueForm, errors);
		if (!errors.hasErrors()) {
			try {
				venues.create(venueForm.toDetails());
				redirect.addFlashAttribute("notice", "course-admin.notice.venueCreated");
				return "redirect:/admin/courses/venues";
			}
			catch (CourseRuleViolation violation) {
				errors.rejectValue(violation.field(), violation.messageKey());
			}
		}
		model.addAttribute("venue", null);
		return FORM;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		var venue = find(id);
		model.addAttribute("venueForm", VenueForm.of(venue));
		model.addAttribute("venue", venue);
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute VenueForm venueForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var venue = find(id);
		if (venueForm.getVersion() == null || venueForm.getVersion() != venue.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Venue.class, id);
		}
		checkArea(venueForm, errors);
		if (!errors.hasErrors()) {
			try {
				venues.update(id, venueForm.getVersion(), venueForm.toDetails());
				redirect.addFlashAttribute("notice", "course-admin.notice.venueSaved");
				return "redirect:/admin/courses/venues";
			}
			catch (CourseRuleViolation violation) {
				errors.rejectValue(violation.field(), violation.messageKey());
			}
		}
		model.addAttribute("venue", venue);
		return FORM;
	}

	private void checkArea(VenueForm form, BindingResult errors) {
		if (form.getAreaCode() != null && !municipality.hasArea(form.getAreaCode())) {
			errors.rejectValue("areaCode", "validation.area");
		}
	}

	private Venue find(long id) {
		return venues.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
