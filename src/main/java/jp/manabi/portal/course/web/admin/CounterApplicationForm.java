package jp.manabi.portal.course.web.admin;


import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.course.domain.Applicant;
import jp.manabi.portal.course.web.ApplicationForm;
import jp.manabi.portal.shared.validation.Furigana;
import jp.manabi.portal.shared.validation.PersonName;
import jp.manabi.portal.shared.validation.PhoneNumber;

/**
 * An application staff take by phone or at the counter for someone without an account: who
 * they are and how to reach them, then what a resident fills in on the web (childcare, needs,
 * the course's own questions).
 */
public class CounterApplicationForm extends ApplicationForm {

	@NotBlank
	@Size(max = 100)
	@PersonName
	private String name;

	@NotBlank
	@Size(max = 100)
	@Furigana
	private String furigana;

	@NotBlank
	@PhoneNumber
	private String phone;

	@Size(max = 254)
	@Email
	private String email;

	@NotBlank
	private String areaCode;

	/** A blank form with a box for each child one applicant may bring. */
	public static CounterApplicationForm blank() {
		return new CounterApplicationForm();
	}

	Applicant applicant() {
		return new Applicant(name, furigana, phone, email, areaCode);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getFurigana() {
		return furigana;
	}

	public void setFurigana(String furigana) {
		this.furigana = furigana;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null || email.isBlank() ? null : email.strip();
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

}
