package jp.manabi.portal.volunteer.web.admin;

import java.util.Arrays;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.volunteer.domain.ProfileNotFound;
import jp.manabi.portal.volunteer.domain.ProfileQueue;
import jp.manabi.portal.volunteer.domain.ProfileRefused;
import jp.manabi.portal.volunteer.domain.ProfileService;
import jp.manabi.portal.volunteer.domain.ProfileStatus;
import jp.manabi.portal.volunteer.domain.SkillTree;

/**
 * Staff: the volunteers' review queue and list, and one volunteer's page (name and contact
 * included, so every view is in the audit log) with approve and return. Each action names the
 * version the page showed: a second member of staff on an old page gets the 409 page.
 */
@Controller
@RequestMapping("/admin/volunteers")
class ProfileAdminController {

	private final ProfileQueue queue;
	private final ProfileService service;
	private final SkillTree tree;
	private final MunicipalityProperties municipality;

	ProfileAdminController(ProfileQueue queue, ProfileService service, SkillTree tree,
			MunicipalityProperties municipality) {
		this.queue = queue;
		this.service = service;
		this.tree = tree;
		this.municipality = municipality;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long skill,
			@RequestParam(required = false) String area, @RequestParam(required = false) Boolean canTeach,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var chosenStatus = Arrays.stream(ProfileStatus.values()).filter(s -> s.name().equals(status)).findFirst()
				.orElse(null);
		var chosenSkill = skill == null ? null : tree.find(skill).map(s -> s.getId()).orElse(null);
		var chosenArea = area != null && municipality.hasArea(area) ? area : null;
		var filter = new ProfileQueue.Filter(chosenStatus, chosenSkill, chosenArea,
				Boolean.TRUE.equals(canTeach) ? Boolean.TRUE : null);
		model.addAttribute("waiting", queue.waiting());
		model.addAttribute("waitingCount", queue.waitingCount());
		model.addAttribute("result", queue.search(filter, Math.max(0, page)));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", ProfileStatus.values());
		model.addAttribute("groups", tree.all());
		return "admin/volunteer/profile-list";
	}

	@GetMapping("/{profileId:\\d+}")
	String profile(@PathVariable long profileId, Model model) {
		var view = service.view(profileId).orElseThrow(ProfileNotFound::new);
		model.addAttribute("view", view);
		model.addAttribute("profile", view.profile());
		model.addAttribute("skillsById", tree.byId());
		return "admin/volunteer/profile-detail";
	}

	@PostMapping("/{profileId:\\d+}/approve")
	String approve(@PathVariable long profileId, @RequestParam long version, RedirectAttributes redirect) {
		try {
			service.approve(profileId, version);
			redirect.addFlashAttribute("notice", "volunteer.admin.notice.approved");
		}
		catch (ProfileRefused refused) {
			redirect.addFlashAttribute("actionSection", "review");
			redirect.addFlashAttribute("actionError", refused.messageKey());
		}
		return "redirect:/admin/volunteers/" + profileId;
	}

	@PostMapping("/{profileId:\\d+}/return")
	String returnIt(@PathVariable long profileId, @RequestParam long version,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			service.returnWithComment(profileId, version, comment);
			redirect.addFlashAttribute("notice", "volunteer.admin.notice.returned");
			return "redirect:/admin/volunteers/" + profileId;
		}
		catch (ProfileRefused refused) {
			redirect.addFlashAttribute("actionSection", refused.field());
			redirect.addFlashAttribute("actionError", refused.messageKey());
			redirect.addFlashAttribute("actionArgs", refused.args());
			redirect.addFlashAttribute("typed", comment);
			return "redirect:/admin/volunteers/" + profileId + "#return";
		}
	}

	@ExceptionHandler(ProfileNotFound.class)
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
	}
}
