package jp.manabi.portal.volunteer.domain;

/** A request is open for applications until its apply-by date or until it is closed by hand. */
public enum RequestStatus {
	DRAFT, OPEN, CLOSED, CANCELLED
}
