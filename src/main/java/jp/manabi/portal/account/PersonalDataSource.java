package jp.manabi.portal.account;

/**
 * A module's part of a resident's data download (開示請求, /mypage/data). Each module that keeps
 * rows about a person implements it in its root package; the account module collects them all,
 * so no module needs to know the others.
 */
public interface PersonalDataSource {

	/** Everything this module holds about the account, or an empty section. */
	PersonalData personalData(long accountId);
}
