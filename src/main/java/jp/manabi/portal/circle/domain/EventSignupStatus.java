package jp.manabi.portal.circle.domain;

/** A sign-up holds a place (CONFIRMED) or has been given up (CANCELLED, and may be taken again). */
public enum EventSignupStatus {
	CONFIRMED, CANCELLED
}
