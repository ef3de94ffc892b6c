package jp.manabi.portal.account.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them, with the defaults every authenticator
 * app uses: HMAC-SHA-1, 30-second steps from the Unix epoch, 6 digits. Small enough to own
 * rather than depend on a library; proven against the RFC's test vectors (TotpTest).
 */
public final class Totp {

	public static final int STEP_SECONDS = 30;
	public static final int DIGITS = 6;
	/** Codes of the step before and after are accepted too: phone clocks drift. */
	public static final int DRIFT_STEPS = 1;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new secret: 160 random bits (RFC 4226's recommended length), in base32. */
	public static String newSecret() {
		byte[] key = new byte[20];
		RANDOM.nextBytes(key);
		return Base32.encode(key);
	}

	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for one time step (RFC 4226 HOTP with the step as counter, SHA-1, 6 digits). */
	public static String code(byte[] key, long step) {
		return code(key, step, "HmacSHA1", DIGITS);
	}

	static String code(byte[] key, long step, String algorithm, int digits) {
		try {
			var mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC not available", ex);
		}
	}

	/**
	 * The step whose code this is, within the allowed drift around {@code now} and later than
	 * {@code lastUsedStep} (a code once accepted is never accepted again).
	 */
	public static OptionalLong matchingStep(String base32Secret, String code, Instant now, long lastUsedStep) {
		if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		byte[] key = Base32.decode(base32Secret);
		long current = step(now);
		for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
			// Compare in constant time, and look at every step, so timing tells nothing.
			if (step > lastUsedStep && MessageDigest.isEqual(code(key, step).getBytes(), code.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}
}
