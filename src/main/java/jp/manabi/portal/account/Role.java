package jp.manabi.portal.account;

/** What an account may do. An account can hold several roles. */
public enum Role {
	RESIDENT, COUNSELOR, STAFF, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
