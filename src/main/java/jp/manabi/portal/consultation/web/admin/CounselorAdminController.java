package jp.manabi.portal.consultation.web.admin;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.consultation.domain.Counselor;
import jp.manabi.portal.consultation.domain.CounselorService;
import jp.manabi.portal.consultation.domain.DeskRefused;
import jp.manabi.portal.consultation.domain.TopicService;

/** Staff: who counsels — appoint a COUNSELOR account, its name, topics, active; links to each one's hours. */
@Controller
@RequestMapping("/admin/consultations/counselors")
class CounselorAdminController {

	private final CounselorService counselors;
	private final TopicService topics;

	CounselorAdminController(CounselorService counselors, TopicService topics) {
		this.counselors = counselors;
		this.topics = topics;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("counselorForm")) {
			model.addAttribute("counselorForm", new CounselorForm());
		}
		model.addAttribute("counselors", counselors.all());
		model.addAttribute("appointable", counselors.appointable());
		model.addAttribute("topics", topics.all());
		return "admin/consultation/counselors";
	}

	@PostMapping
	String appoint(@Valid @ModelAttribute CounselorForm counselorForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (counselorForm.getEmail() == null) {
			errors.rejectValue("email", "consultation.admin.counselor.error.notCounselorAccount");
		}
		if (!errors.hasErrors()) {
			try {
				long id = counselors.appoint(counselorForm.getEmail(), counselorForm.getDisplayName(),
						counselorForm.topics());
				redirect.addFlashAttribute("notice", "consultation.admin.counselor.notice.appointed");
				return "redirect:/admin/consultations/counselors/" + id;
			}
			catch (DeskRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return list(model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		var counselor = counselors.find(id);
		model.addAttribute("counselorForm", CounselorForm.of(counselor));
		return form(counselor, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute CounselorForm counselorForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var counselor = counselors.find(id);
		if (counselorForm.getVersion() == null || counselorForm.getVersion() != counselor.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Counselor.class, id);
		}
		if (!errors.hasErrors()) {
			try {
				counselors.update(id, counselorForm.getVersion(), counselorForm.getDisplayName(),
						counselorForm.topics(), counselorForm.isActive());
				redirect.addFlashAttribute("notice", "consultation.admin.counselor.notice.saved");
				return "redirect:/admin/consultations/counselors/" + id;
			}
			catch (DeskRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return form(counselor, model);
	}

	private String form(Counselor counselor, Model model) {
		model.addAttribute("counselor", counselor);
		model.addAttribute("topics", topics.all());
		return "admin/consultation/counselor-form";
	}
}
