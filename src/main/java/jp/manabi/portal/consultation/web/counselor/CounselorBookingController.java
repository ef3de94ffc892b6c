package jp.manabi.portal.consultation.web.counselor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.consultation.domain.DeskViewer;
import jp.manabi.portal.consultation.domain.OutcomeService;

/** The counselor's own bookings: another counselor's is not found. */
@Controller
@RequestMapping("/counselor/bookings")
class CounselorBookingController extends BookingPageController {

	CounselorBookingController(OutcomeService outcomes) {
		super(outcomes);
	}

	@Override
	protected DeskViewer viewer(CurrentUser user) {
		return DeskViewer.counselor(user.accountId());
	}

	@Override
	protected String base() {
		return "/counselor/bookings";
	}

	@Override
	protected String back() {
		return "/counselor";
	}
}
