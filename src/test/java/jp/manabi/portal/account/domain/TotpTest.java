package jp.manabi.portal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 (TOTP) and RFC 4648 (base32) against their published test vectors. */
class TotpTest {

	private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
			.getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238, appendix B: time, then the 8-digit TOTP for SHA-1, SHA-256 and SHA-512. */
	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void theRfcTestVectors(long time, String sha1, String sha256, String sha512) {
		long step = Totp.step(Instant.ofEpochSecond(time));
		assertThat(Totp.code(SHA1_KEY, step, "HmacSHA1", 8)).isEqualTo(sha1);
		assertThat(Totp.code(SHA256_KEY, step, "HmacSHA256", 8)).isEqualTo(sha256);
		assertThat(Totp.code(SHA512_KEY, step, "HmacSHA512", 8)).isEqualTo(sha512);
		// Six digits, as the apps show them: the last six of the same number.
		assertThat(Totp.code(SHA1_KEY, step)).isEqualTo(sha1.substring(2));
	}

	@Test
	void oneStepOfClockDriftEitherWayIsAcceptedTwoAreNot() {
		String secret = Base32.encode(SHA1_KEY);
		Instant now = Instant.ofEpochSecond(1_234_567_890);
		long step = Totp.step(now);
		for (int drift = -1; drift <= 1; drift++) {
			String code = Totp.code(SHA1_KEY, step + drift);
			assertThat(Totp.matchingStep(secret, code, now, 0)).hasValue(step + drift);
		}
		assertThat(Totp.matchingStep(secret, Totp.code(SHA1_KEY, step - 2), now, 0)).isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(SHA1_KEY, step + 2), now, 0)).isEmpty();
	}

	@Test
	void aCodeOnceUsedIsRefusedAndSoAreOlderOnes() {
		String secret = Base32.encode(SHA1_KEY);
		Instant now = Instant.ofEpochSecond(1_234_567_890);
		long step = Totp.step(now);
		String code = Totp.code(SHA1_KEY, step);
		assertThat(Totp.matchingStep(secret, code, now, step - 1)).hasValue(step);
		assertThat(Totp.matchingStep(secret, code, now, step)).as("the same code again").isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(SHA1_KEY, step - 1), now, step)).as("an older code").isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(SHA1_KEY, step + 1), now, step)).as("the next step's")
				.hasValue(step + 1);
	}

	@Test
	void somethingThatIsNotSixDigitsIsNoCode() {
		String secret = Base32.encode(SHA1_KEY);
		Instant now = Instant.ofEpochSecond(59);
		assertThat(Totp.matchingStep(secret, null, now, 0)).isEmpty();
		assertThat(Totp.matchingStep(secret, "", now, 0)).isEmpty();
		assertThat(Totp.matchingStep(secret, "94287082", now, 0)).isEmpty();
		assertThat(Totp.matchingStep(secret, "28708a", now, 0)).isEmpty();
		assertThat(Totp.matchingStep(secret, "287082", now, 0)).isPresent();
	}

	@Test
	void newSecretsAre160RandomBitsInBase32() {
		String one = Totp.newSecret();
		assertThat(one).matches("[A-Z2-7]{32}");
		assertThat(Base32.decode(one)).hasSize(20);
		assertThat(Totp.newSecret()).isNotEqualTo(one);
	}

	/** RFC 4648, section 10. */
	@ParameterizedTest
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32AsTheRfcSays(String text, String encoded) {
		assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
		assertThat(new String(Base32.decode(encoded.toLowerCase() + "===="), StandardCharsets.US_ASCII)).isEqualTo(text);
	}

	@Test
	void theDemoSecretIsValidBase32() {
		assertThat(Base32.decode(DemoAccounts.TWO_FACTOR_SECRET)).hasSize(15);
		assertThat(Base32.encode(Base32.decode(DemoAccounts.TWO_FACTOR_SECRET))).isEqualTo(DemoAccounts.TWO_FACTOR_SECRET);
	}
}
