package jp.manabi.portal.consultation.domain;

/**
 * Who works at the desk: a counselor reaches only their own bookings and hours, staff reach all.
 * Built from the signed-in account, never from a form.
 */
public record DeskViewer(long accountId, boolean staff) {

	public static DeskViewer counselor(long accountId) {
		return new DeskViewer(accountId, false);
	}

	public static DeskViewer staffMember(long accountId) {
		return new DeskViewer(accountId, true);
	}
}
