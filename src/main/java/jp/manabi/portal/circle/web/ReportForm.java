package jp.manabi.portal.circle.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.circle.domain.ReportDraft;

/** The leader's activity report form; the photo comes as its own multipart part. */
public class ReportForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotNull
	@Min(0)
	@Max(100_000)
	private Integer participants;

	@NotBlank
	@Size(max = 2000)
	private String summary;

	private Long activityId;

	ReportDraft toDraft() {
		return new ReportDraft(heldOn, participants == null ? 0 : participants, summary == null ? null : summary.strip(),
				activityId);
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Integer getParticipants() {
		return participants;
	}

	public void setParticipants(Integer participants) {
		this.participants = participants;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Long getActivityId() {
		return activityId;
	}

	public void setActivityId(Long activityId) {
		this.activityId = activityId;
	}
}
