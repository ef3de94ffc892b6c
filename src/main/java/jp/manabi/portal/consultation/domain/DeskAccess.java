package jp.manabi.portal.consultation.domain;

import org.springframework.stereotype.Component;

/** Loads what a desk user may reach; anything else is {@link DeskNotFound}, so ids cannot be probed. */
@Component
class DeskAccess {

	private final CounselorRepository counselors;
	private final BookingRepository bookings;

	DeskAccess(CounselorRepository counselors, BookingRepository bookings) {
		this.counselors = counselors;
		this.bookings = bookings;
	}

	Booking booking(long bookingId, DeskViewer viewer) {
		var booking = bookings.findById(bookingId).orElseThrow(DeskNotFound::new);
		if (!viewer.staff() && booking.getCounselorId() != ownCounselorId(viewer.accountId())) {
			throw new DeskNotFound();
		}
		return booking;
	}

	Counselor counselor(long counselorId, DeskViewer viewer) {
		var counselor = counselors.findById(counselorId).orElseThrow(DeskNotFound::new);
		if (!viewer.staff() && counselor.getAccountId() != viewer.accountId()) {
			throw new DeskNotFound();
		}
		return counselor;
	}

	long ownCounselorId(long accountId) {
		return counselors.findByAccountId(accountId).map(Counselor::getId).orElseThrow(DeskNotFound::new);
	}
}
