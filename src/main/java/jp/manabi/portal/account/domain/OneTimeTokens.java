package jp.manabi.portal.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues and redeems the one-time links sent by mail. */
@Component
public class OneTimeTokens {

	/** Why a link could not be used; each gets its own page. */
	public enum Problem {
		INVALID, EXPIRED, USED
	}

	public sealed interface Redemption {
	}

	public record Redeemed(Account account) implements Redemption {
	}

	public record Refused(Problem problem) implements Redemption {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountTokenRepository tokens;
	private final Clock clock;

	OneTimeTokens(AccountTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String issue(Account account, AccountToken.Purpose purpose, Duration validity) {
		var now = clock.instant();
		tokens.invalidateOpen(account, purpose, now);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		tokens.save(new AccountToken(account, purpose, hash(token), now.plus(validity)));
		return token;
	}

	/** Looks the token up without using it, so a form can be shown for it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Redemption check(String token, AccountToken.Purpose purpose) {
		return find(token, purpose, false);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Redemption redeem(String token, AccountToken.Purpose purpose) {
		return find(token, purpose, true);
	}

	private Redemption find(String token, AccountToken.Purpose purpose, boolean use) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return new Refused(Problem.INVALID);
		}
		var found = tokens.findByTokenHashAndPurpose(hash(token), purpose);
		if (found.isEmpty()) {
			return new Refused(Problem.INVALID);
		}
		var accountToken = found.get();
		var now = clock.instant();
		if (accountToken.isUsed()) {
			return new Refused(Problem.USED);
		}
		if (accountToken.isExpired(now)) {
			return new Refused(Problem.EXPIRED);
		}
		if (use) {
			accountToken.markUsed(now);
		}
		return new Redeemed(accountToken.getAccount());
	}

	static String hash(String token) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
