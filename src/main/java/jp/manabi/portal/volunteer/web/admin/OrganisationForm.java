package jp.manabi.portal.volunteer.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.shared.validation.PlainText;
import jp.manabi.portal.volunteer.domain.OrganisationKind;

/** A new organisation with the account its contact person will use. */
public class OrganisationForm {

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String name;

	@NotNull
	private OrganisationKind kind = OrganisationKind.SCHOOL;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String contactName;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}
}
