package jp.manabi.portal.volunteer.domain;

/** No such profile or skill (or not the account's): a 404, never a hint that it exists. */
public class ProfileNotFound extends RuntimeException {

	public ProfileNotFound() {
		super("no such volunteer profile or skill");
	}
}
