package jp.manabi.portal.course.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancelling a course: the reason is shown to residents and applicants, so it is required. */
public class CancelForm {

	@NotBlank
	@Size(max = 1000)
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
