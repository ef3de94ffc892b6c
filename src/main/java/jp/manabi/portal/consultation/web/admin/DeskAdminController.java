package jp.manabi.portal.consultation.web.admin;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.manabi.portal.consultation.domain.CounselorService;
import jp.manabi.portal.consultation.domain.DeskSchedule;
import jp.manabi.portal.consultation.domain.FreeSlots;
import jp.manabi.portal.consultation.domain.TopicService;
import jp.manabi.portal.consultation.web.counselor.DeskDays;

/** Staff: every counselor's day or week, filtered by counselor or topic. */
@Controller
class DeskAdminController {

	private final DeskSchedule schedule;
	private final CounselorService counselors;
	private final TopicService topics;
	private final Clock clock;

	DeskAdminController(DeskSchedule schedule, CounselorService counselors, TopicService topics, Clock clock) {
		this.schedule = schedule;
		this.counselors = counselors;
		this.topics = topics;
		this.clock = clock;
	}

	@GetMapping("/admin/consultations")
	String index(@RequestParam(required = false) String day, @RequestParam(required = false) String view,
			@RequestParam(required = false) Long counselor, @RequestParam(required = false) Long topic, Model model) {
		var today = LocalDate.now(clock.withZone(FreeSlots.ZONE));
		var days = DeskDays.of(day, view, today);
		model.addAttribute("days",
				days.with(schedule.all(new DeskSchedule.Filter(days.from(), days.to(), counselor, topic))));
		model.addAttribute("today", today);
		model.addAttribute("counselorId", counselor);
		model.addAttribute("topicId", topic);
		model.addAttribute("counselors", counselors.all());
		model.addAttribute("topics", topics.all());
		return "admin/consultation/index";
	}
}
