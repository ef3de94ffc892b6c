package jp.manabi.portal.consultation.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.shared.validation.PersonName;
import jp.manabi.portal.shared.validation.PhoneNumber;
import jp.manabi.portal.shared.validation.PlainText;

/**
 * Staff book a slot for someone on the phone: the slot (topic, counselor, start), then either an
 * account's email or the caller's name and phone, and what they want to talk about.
 */
public class StaffBookingForm {

	@NotNull
	private Long topic;

	@NotNull
	private Long counselor;

	@NotBlank
	@Size(max = 40)
	private String start;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 100)
	@PersonName
	private String callerName;

	@Size(max = 30)
	@PhoneNumber
	private String callerPhone;

	@NotBlank
	@Size(max = 1000)
	@PlainText
	private String description;

	public Long getTopic() {
		return topic;
	}

	public void setTopic(Long topic) {
		this.topic = topic;
	}

	public Long getCounselor() {
		return counselor;
	}

	public void setCounselor(Long counselor) {
		this.counselor = counselor;
	}

	public String getStart() {
		return start;
	}

	public void setStart(String start) {
		this.start = start;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getCallerName() {
		return callerName;
	}

	public void setCallerName(String callerName) {
		this.callerName = callerName;
	}

	public String getCallerPhone() {
		return callerPhone;
	}

	public void setCallerPhone(String callerPhone) {
		this.callerPhone = callerPhone;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}
}
