package jp.manabi.portal.account.web;

import jakarta.validation.constraints.NotBlank;

/** A new password typed twice: for password reset and password change. */
public class NewPasswordFields {

	@NotBlank
	private String newPassword;

	@NotBlank
	private String newPasswordConfirmation;

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getNewPasswordConfirmation() {
		return newPasswordConfirmation;
	}

	public void setNewPasswordConfirmation(String newPasswordConfirmation) {
		this.newPasswordConfirmation = newPasswordConfirmation;
	}
}
