package jp.manabi.portal.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** Deleting one's own account: the password, and a tick that says the person understands. */
public class DeleteAccountForm {

	@NotBlank
	private String password;

	@AssertTrue(message = "{privacy.delete.confirm.required}")
	private boolean understood;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public boolean isUnderstood() {
		return understood;
	}

	public void setUnderstood(boolean understood) {
		this.understood = understood;
	}
}
