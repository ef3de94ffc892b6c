package jp.manabi.portal.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Just an email address: for "forgot password" and "send the verification link again". */
public class EmailForm {

	@NotBlank
	@Size(max = 254)
	@Email
	private String email;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}
}
