package jp.manabi.portal.course.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.domain.StaffApplicationService;

/** Staff change an application's status; the reason is recorded (and told to the person when cancelling). */
public class StatusChangeForm {

	@NotNull
	private ApplicationStatus status;

	@NotBlank
	@Size(max = StaffApplicationService.MAX_REASON)
	private String reason;

	public ApplicationStatus getStatus() {
		return status;
	}

	public void setStatus(ApplicationStatus status) {
		this.status = status;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
