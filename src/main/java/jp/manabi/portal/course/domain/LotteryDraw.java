package jp.manabi.portal.course.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The lottery (抽選) as a pure function, so that anyone with the published seed can check a
 * result by hand: applicants are ordered by priority tier (0 first), and within a tier by the
 * SHA-256 of {@code "<seed>:<application id>"} read as hex, smallest first. The first
 * {@code places} win; the rest form the waiting list in that order. Input order does not matter.
 */
public final class LotteryDraw {

	/** One application in the draw. {@code tier} 0 is drawn first (e.g. residents before others). */
	public record Entry(long applicationId, int tier) {
	}

	/** Who won, and the waiting list in drawn order. */
	public record Result(String seed, List<Long> winners, List<Long> waitingList) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private LotteryDraw() {
	}

	/** A fresh seed: 128 random bits as 32 hex digits, recorded with the draw. */
	public static String newSeed() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	public static Result draw(List<Entry> entries, int places, String seed) {
		if (places < 0) {
			throw new IllegalArgumentException("places must not be negative");
		}
		if (seed == null || !seed.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("a seed is 32 lowercase hex digits");
		}
		var ordered = new ArrayList<>(entries);
		ordered.sort(Comparator.comparingInt(Entry::tier)
				.thenComparing(entry -> rank(seed, entry.applicationId()))
				.thenComparingLong(Entry::applicationId));
		var ids = ordered.stream().map(Entry::applicationId).toList();
		int split = Math.min(places, ids.size());
		return new Result(seed, List.copyOf(ids.subList(0, split)), List.copyOf(ids.subList(split, ids.size())));
	}

	/** The hex SHA-256 of "seed:id"; hex strings of equal length compare like the numbers they are. */
	static String rank(String seed, long applicationId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest((seed + ":" + applicationId).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
