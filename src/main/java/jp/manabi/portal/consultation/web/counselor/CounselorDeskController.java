package jp.manabi.portal.consultation.web.counselor;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.consultation.domain.CounselorRepository;
import jp.manabi.portal.consultation.domain.DeskSchedule;
import jp.manabi.portal.consultation.domain.FreeSlots;

/** The counselor's day or week: their own bookings only. */
@Controller
class CounselorDeskController {

	private final DeskSchedule schedule;
	private final CounselorRepository counselors;
	private final Clock clock;

	CounselorDeskController(DeskSchedule schedule, CounselorRepository counselors, Clock clock) {
		this.schedule = schedule;
		this.counselors = counselors;
		this.clock = clock;
	}

	@GetMapping("/counselor")
	String home(@RequestParam(required = false) String day, @RequestParam(required = false) String view,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var today = LocalDate.now(clock.withZone(FreeSlots.ZONE));
		var days = DeskDays.of(day, view, today);
		var counselor = counselors.findByAccountId(user.accountId());
		model.addAttribute("counselor", counselor.orElse(null));
		model.addAttribute("today", today);
		model.addAttribute("days", counselor.isPresent() ? days.with(schedule.mine(user.accountId(), days.from(), days.to()))
				: days.with(java.util.List.of()));
		return "counselor/index";
	}
}
