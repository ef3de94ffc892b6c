package jp.manabi.portal.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B style: long enough, not a well-known password, no composition rules.
 * Returns the message key of the first rule broken.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	/** BCrypt reads only the first 72 bytes; a longer password would be silently cut. */
	public static final int MAX_BYTES = 72;

	private final Set<String> commonPasswords;

	public PasswordPolicy() {
		this.commonPasswords = load("security/common-passwords.txt");
	}

	public Optional<String> violation(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("validation.password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("validation.password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (commonPasswords.contains(lower)) {
			return Optional.of("validation.password.common");
		}
		if (email != null && (lower.equals(email.toLowerCase(Locale.ROOT))
				|| lower.equals(email.toLowerCase(Locale.ROOT).split("@")[0]))) {
			return Optional.of("validation.password.likeEmail");
		}
		return Optional.empty();
	}

	private static Set<String> load(String path) {
		Set<String> words = new HashSet<>(16_384);
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.strip().toLowerCase(Locale.ROOT))
					.forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing from the build", ex);
		}
		return Set.copyOf(words);
	}
}
