package jp.manabi.portal.consultation.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.consultation.domain.DeskViewer;
import jp.manabi.portal.consultation.domain.HoursService;
import jp.manabi.portal.consultation.web.counselor.HoursPageController;

/** Staff edit any counselor's weekly hours and exceptions, on the counselor's own page. */
@Controller
@RequestMapping("/admin/consultations/counselors/{counselorId}/hours")
class CounselorHoursAdminController extends HoursPageController {

	CounselorHoursAdminController(HoursService hours) {
		super(hours);
	}

	@Override
	protected DeskViewer viewer(CurrentUser user) {
		return DeskViewer.staffMember(user.accountId());
	}

	@Override
	protected long counselorId(Long pathCounselorId, CurrentUser user) {
		return pathCounselorId;
	}

	@Override
	protected String base(long counselorId) {
		return "/admin/consultations/counselors/" + counselorId + "/hours";
	}
}
