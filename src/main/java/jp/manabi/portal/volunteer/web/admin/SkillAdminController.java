package jp.manabi.portal.volunteer.web.admin;

import java.util.Map;

import jakarta.validation.groups.Default;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.volunteer.domain.ProfileNotFound;
import jp.manabi.portal.volunteer.domain.ProfileRefused;
import jp.manabi.portal.volunteer.domain.SkillTree;

/** Staff keep the skills tree: add a group or a skill, rename, reorder, archive. */
@Controller
@RequestMapping("/admin/volunteers/skills")
class SkillAdminController {

	private final SkillTree tree;

	SkillAdminController(SkillTree tree) {
		this.tree = tree;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("skillForm", new SkillForm());
		return listPage(model);
	}

	@PostMapping
	String add(@Validated({ Default.class, SkillForm.Adding.class }) @ModelAttribute SkillForm skillForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				tree.add(skillForm.getParentId(), skillForm.getCode(), skillForm.getNameJa(), skillForm.getNameEn(),
						skillForm.getPosition());
				redirect.addFlashAttribute("notice", "volunteer.skills.notice.added");
				return "redirect:/admin/volunteers/skills";
			}
			catch (ProfileRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
			catch (DataIntegrityViolationException taken) {
				// Another member of staff added the same code a moment ago.
				errors.rejectValue("code", "volunteer.skills.error.codeTaken");
			}
		}
		return listPage(model);
	}

	@GetMapping("/{id:\\d+}")
	String edit(@PathVariable long id, Model model) {
		var skill = tree.find(id).orElseThrow(ProfileNotFound::new);
		var form = new SkillForm();
		form.setCode(skill.getCode());
		form.setNameJa(skill.getNameJa());
		form.setNameEn(skill.getNameEn());
		form.setPosition(skill.getPosition());
		form.setArchived(skill.isArchived());
		model.addAttribute("skillForm", form);
		model.addAttribute("skill", skill);
		return "admin/volunteer/skills-edit";
	}

	@PostMapping("/{id:\\d+}")
	String change(@PathVariable long id, @Validated @ModelAttribute SkillForm skillForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var skill = tree.find(id).orElseThrow(ProfileNotFound::new);
		if (errors.hasErrors()) {
			skillForm.setCode(skill.getCode());
			model.addAttribute("skill", skill);
			return "admin/volunteer/skills-edit";
		}
		tree.change(id, skillForm.getNameJa(), skillForm.getNameEn(), skillForm.getPosition(), skillForm.isArchived());
		redirect.addFlashAttribute("notice", "volunteer.skills.notice.changed");
		return "redirect:/admin/volunteers/skills";
	}

	private String listPage(Model model) {
		model.addAttribute("groups", tree.all());
		return "admin/volunteer/skills-list";
	}

	@ExceptionHandler(ProfileNotFound.class)
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
	}
}
