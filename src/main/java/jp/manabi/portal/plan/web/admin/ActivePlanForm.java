package jp.manabi.portal.plan.web.admin;

import jakarta.validation.constraints.NotBlank;

public class ActivePlanForm {

	@NotBlank
	private String planCode;

	public String getPlanCode() {
		return planCode;
	}

	public void setPlanCode(String planCode) {
		this.planCode = planCode;
	}
}
