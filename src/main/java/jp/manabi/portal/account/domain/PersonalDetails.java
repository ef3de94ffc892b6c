package jp.manabi.portal.account.domain;

import jp.manabi.portal.account.Residency;

/** The part of an account the person fills in and may change on マイページ. */
public record PersonalDetails(String displayName, String furigana, String phone, String areaCode,
		Residency residency, Integer birthYear, String preferredLanguage) {
}
