package jp.manabi.portal.account.web;

import jp.manabi.portal.account.domain.Account;

public class ProfileForm extends PersonalFields {

	/** The version the person edited, so a save over someone else's change is refused. */
	private long version;

	static ProfileForm of(Account account) {
		var form = new ProfileForm();
		form.fill(account.details());
		form.version = account.getVersion();
		return form;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
