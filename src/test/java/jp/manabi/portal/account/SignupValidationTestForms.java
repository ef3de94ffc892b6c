package jp.manabi.portal.account;

import java.util.HashMap;
import java.util.Map;

/** A sign-up form that passes every check, for tests to spoil one field at a time. */
public final class SignupValidationTestForms {

	private SignupValidationTestForms() {
	}

	public static Map<String, String> valid(String email) {
		var form = new HashMap<String, String>();
		form.put("email", email);
		form.put("password", "a long and quiet river 2026");
		form.put("passwordConfirmation", "a long and quiet river 2026");
		form.put("displayName", "目白 次郎");
		form.put("furigana", "めじろ じろう");
		form.put("phone", "");
		form.put("areaCode", "mejiro");
		form.put("residency", "WORKS");
		form.put("birthYear", "1975");
		form.put("preferredLanguage", "ja");
		form.put("privacyConsent", "true");
		return form;
	}
}
