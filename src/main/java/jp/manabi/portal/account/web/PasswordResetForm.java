package jp.manabi.portal.account.web;

public class PasswordResetForm extends NewPasswordFields {

	private String token;

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
