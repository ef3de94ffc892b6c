package jp.manabi.portal.consultation.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.consultation.domain.DeskViewer;
import jp.manabi.portal.consultation.domain.OutcomeService;
import jp.manabi.portal.consultation.web.counselor.BookingPageController;

/** Staff: any booking's page, the same as the counselor's. */
@Controller
@RequestMapping("/admin/consultations/bookings")
class DeskBookingAdminController extends BookingPageController {

	DeskBookingAdminController(OutcomeService outcomes) {
		super(outcomes);
	}

	@Override
	protected DeskViewer viewer(CurrentUser user) {
		return DeskViewer.staffMember(user.accountId());
	}

	@Override
	protected String base() {
		return "/admin/consultations/bookings";
	}

	@Override
	protected String back() {
		return "/admin/consultations";
	}
}
