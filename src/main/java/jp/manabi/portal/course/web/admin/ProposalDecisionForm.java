package jp.manabi.portal.course.web.admin;

import jakarta.validation.constraints.Size;

/**
 * Staff's decision on a proposal. Which fields are needed depends on the button: a rejection
 * needs a reason; an adoption needs a category and a place for the draft course.
 */
public class ProposalDecisionForm {

	private long version;

	@Size(max = 2000)
	private String reason;

	private String categoryCode;

	private Long venueId;

	private boolean online;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public Long getVenueId() {
		return venueId;
	}

	public void setVenueId(Long venueId) {
		this.venueId = venueId;
	}

	public boolean isOnline() {
		return online;
	}

	public void setOnline(boolean online) {
		this.online = online;
	}
}
