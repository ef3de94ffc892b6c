package jp.manabi.portal.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class SignupForm extends PersonalFields {

	@NotBlank
	@Size(max = 254)
	@Email(regexp = "[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")
	private String email;

	@NotBlank
	private String password;

	@NotBlank
	private String passwordConfirmation;

	@AssertTrue(message = "{validation.privacyConsent}")
	private boolean privacyConsent;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

	public boolean isPrivacyConsent() {
		return privacyConsent;
	}

	public void setPrivacyConsent(boolean privacyConsent) {
		this.privacyConsent = privacyConsent;
	}
}
