package jp.manabi.portal.plan.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such plan, node or indicator, or not one the viewer may see: a 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanNotFoundException extends RuntimeException {

	public PlanNotFoundException(String what) {
		super(what + " not found");
	}
}
