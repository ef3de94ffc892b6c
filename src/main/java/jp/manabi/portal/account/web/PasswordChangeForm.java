package jp.manabi.portal.account.web;

import jakarta.validation.constraints.NotBlank;

public class PasswordChangeForm extends NewPasswordFields {

	@NotBlank
	private String currentPassword;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}
}
