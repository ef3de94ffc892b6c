package jp.manabi.portal.course.web.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.LotteryRefused;
import jp.manabi.portal.course.domain.LotteryService;

/**
 * The lottery page of a course: entries, places and priority rules; a preview of the order the
 * entries would be drawn in (nothing stored); the draw itself, once; and afterwards the stored draw
 * with its seed and result. Every view of names is recorded in the audit log by the service.
 */
@Controller
@RequestMapping("/admin/courses/{id:[0-9]{1,15}}/lottery")
class LotteryAdminController {

	private static final Logger log = LoggerFactory.getLogger(LotteryAdminController.class);

	private static final String PAGE = "admin/course/lottery";

	private final LotteryService lottery;

	LotteryAdminController(LotteryService lottery) {
		this.lottery = lottery;
	}

	/** The page; with {@code preview}, also the order the entries would be drawn in now (a dry run). */
	@GetMapping
	String page(@PathVariable long id, @RequestParam(required = false) String preview, Model model) {
		var overview = overview(id);
		model.addAttribute("overview", overview);
		model.addAttribute("zone", Course.ZONE);
		if (overview.draw().isPresent()) {
			model.addAttribute("rows", lottery.results(id));
		}
		else if (preview != null && overview.course().getSelectionMethod() == SelectionMethod.LOTTERY) {
			model.addAttribute("preview", lottery.preview(id));
		}
		return PAGE;
	}

	@PostMapping("/draw")
	String draw(@PathVariable long id, @RequestParam(required = false) String confirm,
			@AuthenticationPrincipal CurrentUser staff, RedirectAttributes redirect) {
		overview(id);
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("confirmMissing", true);
			return "redirect:/admin/courses/" + id + "/lottery#draw";
		}
		try {
			var outcome = lottery.draw(id, staff.accountId());
			redirect.addFlashAttribute("notice", "lottery.admin.drawn");
			redirect.addFlashAttribute("noticeArg", outcome.winners());
			tell(id);
		}
		catch (LotteryRefused refused) {
			redirect.addFlashAttribute("actionError", refused.messageKey());
		}
		return "redirect:/admin/courses/" + id + "/lottery";
	}

	/** The draw is stored; should telling the people fail, the job tells them on its next run. */
	private void tell(long id) {
		try {
			lottery.tellResults(id);
		}
		catch (RuntimeException ex) {
			log.warn("Lottery of course {} drawn, but its results are not told yet; the job will", id, ex);
		}
	}

	private LotteryService.Overview overview(long id) {
		try {
			return lottery.overview(id);
		}
		catch (LotteryRefused unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
