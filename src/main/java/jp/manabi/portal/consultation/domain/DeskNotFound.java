package jp.manabi.portal.consultation.domain;

/** The booking, range or counselor is not there for this person (another counselor's): shown as 404. */
public class DeskNotFound extends RuntimeException {

	public DeskNotFound() {
		super("not found");
	}
}
