package jp.manabi.portal.consultation.web.counselor;

import jakarta.validation.constraints.Size;

/** The meeting link of an online consultation (https; empty removes it). */
public class LinkForm {

	@Size(max = 500)
	private String onlineLink;

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}
}
