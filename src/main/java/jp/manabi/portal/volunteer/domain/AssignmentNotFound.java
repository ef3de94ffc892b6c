package jp.manabi.portal.volunteer.domain;

/** The request, shift or assignment does not exist or is not the user's to see: a 404. */
public class AssignmentNotFound extends RuntimeException {

	public AssignmentNotFound() {
		super("not found");
	}
}
