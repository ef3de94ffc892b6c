package jp.manabi.portal.report.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such plan, node or year to report on, or not one the viewer may see: a 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFoundException extends RuntimeException {

	public ReportNotFoundException(String what) {
		super(what + " not found");
	}
}
