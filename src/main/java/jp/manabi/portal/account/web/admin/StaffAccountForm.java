package jp.manabi.portal.account.web.admin;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.account.domain.PersonalDetails;
import jp.manabi.portal.shared.validation.Furigana;
import jp.manabi.portal.shared.validation.PersonName;

public class StaffAccountForm {

	@NotBlank
	@Size(max = 254)
	@Email(regexp = "[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")
	private String email;

	@NotBlank
	@Size(max = 100)
	@PersonName
	private String displayName;

	@NotBlank
	@Size(max = 100)
	@Furigana
	private String furigana;

	@NotEmpty
	private Set<Role> roles = EnumSet.of(Role.STAFF);

	@NotBlank
	@Pattern(regexp = "ja|en")
	private String preferredLanguage = "ja";

	PersonalDetails toDetails() {
		return new PersonalDetails(displayName, furigana, null, null, Residency.OTHER, null, preferredLanguage);
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
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

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}
}
