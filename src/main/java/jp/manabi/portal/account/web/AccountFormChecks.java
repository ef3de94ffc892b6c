package jp.manabi.portal.account.web;

import java.time.Clock;
import java.time.Year;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import jp.manabi.portal.account.domain.PasswordPolicy;
import jp.manabi.portal.shared.MunicipalityProperties;

/** The checks Bean Validation cannot make alone: they need configuration or two fields. */
@Component
class AccountFormChecks {

	private final PasswordPolicy passwordPolicy;
	private final MunicipalityProperties municipality;
	private final Clock clock;

	AccountFormChecks(PasswordPolicy passwordPolicy, MunicipalityProperties municipality, Clock clock) {
		this.passwordPolicy = passwordPolicy;
		this.municipality = municipality;
		this.clock = clock;
	}

	void checkPersonal(PersonalFields form, Errors errors) {
		if (form.getAreaCode() != null && !errors.hasFieldErrors("areaCode")
				&& !municipality.hasArea(form.getAreaCode())) {
			errors.rejectValue("areaCode", "validation.area");
		}
		if (form.getBirthYear() != null && !errors.hasFieldErrors("birthYear")
				&& form.getBirthYear() > Year.now(clock).getValue()) {
			errors.rejectValue("birthYear", "validation.birthYear.future");
		}
	}

	void checkNewPassword(String field, String password, String confirmationField, String confirmation, String email,
			Errors errors) {
		if (password == null || errors.hasFieldErrors(field)) {
			return;
		}
		passwordPolicy.violation(password, email).ifPresent(key -> errors.rejectValue(field, key,
				new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES }, null));
		if (!errors.hasFieldErrors(field) && !password.equals(confirmation)) {
			errors.rejectValue(confirmationField, "validation.password.mismatch");
		}
	}
}
