package jp.manabi.portal.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.PersonalDetails;
import jp.manabi.portal.account.domain.TwoFactorService;

/** Creates ready-to-use accounts with unique addresses, so tests never depend on each other. */
@Component
public class TestAccounts {

	public static final String PASSWORD = "correct horse battery staple 2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AccountService accounts;
	private final TwoFactorService twoFactor;

	TestAccounts(AccountService accounts, TwoFactorService twoFactor) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
	}

	public record Created(long id, String email, String password) {
	}

	public Created resident() {
		return create(EnumSet.of(Role.RESIDENT));
	}

	public Created staff() {
		return create(EnumSet.of(Role.STAFF));
	}

	public Created admin() {
		return create(EnumSet.of(Role.ADMIN, Role.STAFF));
	}

	public Created create(Set<Role> roles) {
		String email = "user" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.manabi.example";
		long id = accounts.createVerified(email, PASSWORD,
				new PersonalDetails("試験 太郎", "しけん たろう", null, "ikebukuro", Residency.LIVES, 1990, "ja"), roles);
		if (TwoFactorService.isRequiredFor(roles)) {
			// Staff, administrators and counselors need a second factor: enrolled with the known
			// test secret, so WebSession.logIn and BrowserTest.logInAs can give the code.
			twoFactor.enrolWithKnownSecret(id, TwoFactorCodes.SECRET);
		}
		return new Created(id, email, PASSWORD);
	}
}
