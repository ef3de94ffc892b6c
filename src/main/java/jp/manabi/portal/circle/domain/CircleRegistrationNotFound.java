package jp.manabi.portal.circle.domain;

/** The account does not manage the circle (or there is no such circle): a 404, never a hint that it exists. */
public class CircleRegistrationNotFound extends RuntimeException {

	public CircleRegistrationNotFound() {
		super("not a circle the account manages");
	}
}
