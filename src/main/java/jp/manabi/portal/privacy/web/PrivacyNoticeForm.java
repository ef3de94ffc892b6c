package jp.manabi.portal.privacy.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The privacy notice in both languages, as plain text (a blank line between paragraphs). */
public class PrivacyNoticeForm {

	@NotBlank
	@Size(max = 20000)
	private String bodyJa;

	@NotBlank
	@Size(max = 20000)
	private String bodyEn;

	public String getBodyJa() {
		return bodyJa;
	}

	public void setBodyJa(String bodyJa) {
		this.bodyJa = bodyJa;
	}

	public String getBodyEn() {
		return bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
	}
}
