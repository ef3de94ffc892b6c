package jp.manabi.portal.volunteer.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request does not exist, or the caller may not see it: the same 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestNotFound extends RuntimeException {

	public RequestNotFound() {
		super("no such request");
	}
}
