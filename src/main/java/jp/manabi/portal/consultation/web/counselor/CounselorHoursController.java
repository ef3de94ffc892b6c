package jp.manabi.portal.consultation.web.counselor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.consultation.domain.DeskViewer;
import jp.manabi.portal.consultation.domain.HoursService;

/** The counselor's own hours; whose they are comes from the signed-in account, never from the form. */
@Controller
@RequestMapping("/counselor/hours")
class CounselorHoursController extends HoursPageController {

	CounselorHoursController(HoursService hours) {
		super(hours);
	}

	@Override
	protected DeskViewer viewer(CurrentUser user) {
		return DeskViewer.counselor(user.accountId());
	}

	@Override
	protected long counselorId(Long pathCounselorId, CurrentUser user) {
		return hours.ownCounselorId(user.accountId());
	}

	@Override
	protected String base(long counselorId) {
		return "/counselor/hours";
	}
}
