package jp.manabi.portal.support;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.manabi.portal.account.domain.Base32;
import jp.manabi.portal.account.domain.Totp;

/**
 * The test side of two-factor login: the secret test accounts are enrolled with, the secrets of
 * accounts the test support enrolled at login, and the last code each account used. The app
 * refuses a code whose 30-second step was already used (replay), so two logins of the same
 * account within one step take the next step's code (allowed: one step of clock drift) or wait.
 */
public final class TwoFactorCodes {

	/** 160 bits in base32, like the secrets the app makes. */
	public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
	private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();

	private TwoFactorCodes() {
	}

	/** Remembers the secret an account was enrolled with (read from the enrolment page). */
	public static void remember(String email, String secret) {
		SECRETS.put(key(email), secret.replace(" ", ""));
		LAST_STEPS.remove(key(email));
	}

	public static String secretOf(String email) {
		return SECRETS.getOrDefault(key(email), SECRET);
	}

	/** A code the app has not yet seen for this account; waits for the next step if need be. */
	public static synchronized String next(String email) {
		String secret = secretOf(email);
		long now = Totp.step(Instant.now());
		long last = LAST_STEPS.getOrDefault(key(email), Long.MIN_VALUE);
		long step = Math.max(now, last + 1);
		while (step > Totp.step(Instant.now()) + Totp.DRIFT_STEPS) {
			sleep(500);
		}
		LAST_STEPS.put(key(email), step);
		return Totp.code(Base32.decode(secret), step);
	}

	/** The code of the current step, for tests of the code check itself (not remembered). */
	public static String now(String secret) {
		return Totp.code(Base32.decode(secret), Totp.step(Instant.now()));
	}

	private static String key(String email) {
		return email.toLowerCase(Locale.ROOT).strip();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
