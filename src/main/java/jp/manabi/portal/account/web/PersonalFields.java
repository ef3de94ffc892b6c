package jp.manabi.portal.account.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.domain.PersonalDetails;
import jp.manabi.portal.shared.validation.Furigana;
import jp.manabi.portal.shared.validation.PersonName;
import jp.manabi.portal.shared.validation.PhoneNumber;

/** The fields a resident gives about themselves, shared by sign-up and the profile page. */
public abstract class PersonalFields {

	@NotBlank
	@Size(max = 100)
	@PersonName
	private String displayName;

	@NotBlank
	@Size(max = 100)
	@Furigana
	private String furigana;

	@Size(max = 20)
	@PhoneNumber
	private String phone;

	@NotBlank
	@Size(max = 40)
	private String areaCode;

	@NotNull
	private Residency residency;

	@Min(1900)
	@Max(2100)
	private Integer birthYear;

	@NotBlank
	@Pattern(regexp = "ja|en")
	private String preferredLanguage = "ja";

	public PersonalDetails toDetails() {
		return new PersonalDetails(displayName, furigana, phone, areaCode, residency, birthYear, preferredLanguage);
	}

	protected void fill(PersonalDetails details) {
		displayName = details.displayName();
		furigana = details.furigana();
		phone = details.phone();
		areaCode = details.areaCode();
		residency = details.residency();
		birthYear = details.birthYear();
		preferredLanguage = details.preferredLanguage();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
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

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public Residency getResidency() {
		return residency;
	}

	public void setResidency(Residency residency) {
		this.residency = residency;
	}

	public Integer getBirthYear() {
		return birthYear;
	}

	public void setBirthYear(Integer birthYear) {
		this.birthYear = birthYear;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}
}
