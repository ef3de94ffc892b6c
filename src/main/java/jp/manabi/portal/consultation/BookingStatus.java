package jp.manabi.portal.consultation;

/** A booking is held or cancelled; afterwards the counselor records it as held or a no-show. */
public enum BookingStatus {
	BOOKED, CANCELLED, HELD, NO_SHOW
}
