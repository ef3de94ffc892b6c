package jp.manabi.portal.course.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.course.domain.ProposalContent;
import jp.manabi.portal.shared.validation.PlainText;

/** A resident's course proposal (市民提案型講座), as typed. */
public class ProposalForm {

	private Long circleId;

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String theme;

	@NotBlank
	@Size(max = 5000)
	private String outline;

	@NotBlank
	@Size(max = 500)
	private String proposedInstructor;

	@NotBlank
	@Size(max = 500)
	private String audience;

	@NotBlank
	@Size(max = 500)
	private String preferredTimes;

	private Long planNodeId;

	ProposalContent content() {
		return new ProposalContent(circleId, theme, outline, proposedInstructor, audience, preferredTimes, planNodeId);
	}

	public Long getCircleId() {
		return circleId;
	}

	public void setCircleId(Long circleId) {
		this.circleId = circleId;
	}

	public String getTheme() {
		return theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public String getOutline() {
		return outline;
	}

	public void setOutline(String outline) {
		this.outline = outline;
	}

	public String getProposedInstructor() {
		return proposedInstructor;
	}

	public void setProposedInstructor(String proposedInstructor) {
		this.proposedInstructor = proposedInstructor;
	}

	public String getAudience() {
		return audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public String getPreferredTimes() {
		return preferredTimes;
	}

	public void setPreferredTimes(String preferredTimes) {
		this.preferredTimes = preferredTimes;
	}

	public Long getPlanNodeId() {
		return planNodeId;
	}

	public void setPlanNodeId(Long planNodeId) {
		this.planNodeId = planNodeId;
	}
}
