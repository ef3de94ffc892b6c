package jp.manabi.portal.course.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.course.domain.LotteryRefused;
import jp.manabi.portal.course.domain.LotteryService;

/** A lottery winner confirms their place on マイページ (当選の確認). */
@Controller
class LotteryController {

	private final LotteryService lottery;

	LotteryController(LotteryService lottery) {
		this.lottery = lottery;
	}

	/** Only the signed-in person's own application: another's id is "not found", like a wrong one. */
	@PostMapping("/mypage/applications/{applicationId:[0-9]{1,15}}/confirm")
	String confirm(@PathVariable long applicationId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			lottery.confirmOffer(applicationId, user.accountId());
			redirect.addFlashAttribute("notice", "lottery.confirm.done");
		}
		catch (LotteryRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return "redirect:/mypage/applications";
	}
}
