package jp.manabi.portal.circle.domain;

/**
 * The request does not exist or is not the asker's to see: a thread is only for its resident
 * and the circle's managers. Both cases look the same from outside (404).
 */
public class JoinNotFound extends RuntimeException {

	public JoinNotFound() {
		super("no such join request for this person");
	}
}
