package jp.manabi.portal.consultation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.shared.validation.PhoneNumber;

/**
 * What a resident writes when booking: what they want to talk about (plain text, several lines
 * allowed) and, for a PHONE consultation, the number to call (required then; checked by the
 * controller, which knows the channel).
 */
public class BookingForm {

	static final String MULTILINE_PLAIN_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	@NotBlank
	@Size(max = 1000)
	@Pattern(regexp = MULTILINE_PLAIN_TEXT, message = "{validation.plainText}")
	private String description;

	@PhoneNumber
	@Size(max = 30)
	private String contactPhone;

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}
}
