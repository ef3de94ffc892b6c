package jp.manabi.portal.account;

/**
 * What an account may do. An account can hold several roles. ORGANISATION is a school's or
 * partner's account, made by staff, that posts volunteer requests for it.
 */
public enum Role {
	RESIDENT, COUNSELOR, STAFF, ADMIN, ORGANISATION;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Staff, administrators and counselors see other people's data: they log in with two factors. */
	public boolean needsTwoFactors() {
		return this == STAFF || this == ADMIN || this == COUNSELOR;
	}
}
