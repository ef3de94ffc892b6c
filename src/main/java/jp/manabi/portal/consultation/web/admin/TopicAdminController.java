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

import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.domain.DeskRefused;
import jp.manabi.portal.consultation.domain.Topic;
import jp.manabi.portal.consultation.domain.TopicService;
import jp.manabi.portal.plan.Plans;

/** Staff: the consultation topics, their booking rules, channels and plan actions. */
@Controller
@RequestMapping("/admin/consultations/topics")
class TopicAdminController {

	private final TopicService topics;
	private final Plans plans;

	TopicAdminController(TopicService topics, Plans plans) {
		this.topics = topics;
		this.plans = plans;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("topics", topics.all());
		return "admin/consultation/topics";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("topicForm", TopicForm.blank());
		return form(null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute TopicForm topicForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (topicForm.getCode() == null) {
			errors.rejectValue("code", "jakarta.validation.constraints.NotBlank.message");
		}
		if (!errors.hasErrors()) {
			try {
				long id = topics.create(topicForm.getCode(), topicForm.toChange());
				redirect.addFlashAttribute("notice", "consultation.admin.topic.notice.created");
				return "redirect:/admin/consultations/topics/" + id;
			}
			catch (DeskRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return form(null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		var topic = topics.find(id);
		model.addAttribute("topicForm", TopicForm.of(topic));
		return form(topic, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute TopicForm topicForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var topic = topics.find(id);
		if (topicForm.getVersion() == null || topicForm.getVersion() != topic.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Topic.class, id);
		}
		if (!errors.hasErrors()) {
			try {
				topics.update(id, topicForm.getVersion(), topicForm.toChange());
				redirect.addFlashAttribute("notice", "consultation.admin.topic.notice.saved");
				return "redirect:/admin/consultations/topics/" + id;
			}
			catch (DeskRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return form(topic, model);
	}

	private String form(Topic topic, Model model) {
		model.addAttribute("topic", topic);
		model.addAttribute("channelOptions", Channel.values());
		model.addAttribute("planTargets", plans.linkTargets());
		return "admin/consultation/topic-form";
	}
}
