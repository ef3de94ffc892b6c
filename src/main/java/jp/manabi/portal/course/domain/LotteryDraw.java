package jp.manabi.portal.course.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The lottery (抽選) as a pure function, so that anyone with the published seed can check a
 * result by hand: applicants are ordered by priority tier (0 first), and within a tier by the
 * SHA-256 of {@code "<seed>:<application id>"} read as hex, smallest first. Then places are given
 * down that order while seats last; someone bringing children whose children do not fit the
 * childcare places still free is passed over (and waits), and the next one who fits gets the seat.
 * Everyone not given a place forms the waiting list in drawn order. Input order does not matter.
 */
public final class LotteryDraw {

	/**
	 * One application in the draw. {@code tier} 0 is drawn first (e.g. residents before others);
	 * {@code children} is the number of childcare places it needs.
	 */
	public record Entry(long applicationId, int tier, int children) {

		public Entry(long applicationId, int tier) {
			this(applicationId, tier, 0);
		}

		public Entry {
			if (tier < 0 || children < 0) {
				throw new IllegalArgumentException("tier and children must not be negative");
			}
		}
	}

	/** One application's place in the drawn order: {@code rank} 1 is drawn first. */
	public record Ticket(long applicationId, int tier, int rank, boolean won) {
	}

	/** Who won, the waiting list in drawn order, and the whole drawn order. */
	public record Result(String seed, List<Long> winners, List<Long> waitingList, List<Ticket> order) {
	}

	/** No childcare limit: every entry's children fit (for courses the caller knows have no children). */
	public static final int UNLIMITED = Integer.MAX_VALUE;

	private static final SecureRandom RANDOM = new SecureRandom();

	private LotteryDraw() {
	}

	/** A fresh seed: 128 random bits as 32 hex digits, recorded with the draw. */
	public static String newSeed() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** The draw without a childcare limit. */
	public static Result draw(List<Entry> entries, int places, String seed) {
		return draw(entries, places, UNLIMITED, seed);
	}

	/**
	 * @param places seats to give
	 * @param childcarePlaces childcare places to give, one per child
	 */
	public static Result draw(List<Entry> entries, int places, int childcarePlaces, String seed) {
		if (places < 0 || childcarePlaces < 0) {
			throw new IllegalArgumentException("places must not be negative");
		}
		if (seed == null || !seed.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("a seed is 32 lowercase hex digits");
		}
		var digest = sha256();
		var drawn = new ArrayList<Drawn>(entries.size());
		for (var entry : entries) {
			drawn.add(new Drawn(entry, digest.digest(input(seed, entry.applicationId()))));
		}
		// Unsigned byte order of the digests is the order of their hex strings, without making them.
		drawn.sort(Comparator.<Drawn>comparingInt(d -> d.entry().tier())
				.thenComparing(Drawn::hash, Arrays::compareUnsigned)
				.thenComparingLong(d -> d.entry().applicationId()));
		var order = new ArrayList<Ticket>(drawn.size());
		var winners = new ArrayList<Long>();
		var waiting = new ArrayList<Long>();
		int seats = places;
		int childcare = childcarePlaces;
		for (var d : drawn) {
			var entry = d.entry();
			boolean won = seats > 0 && entry.children() <= childcare;
			if (won) {
				seats--;
				childcare -= entry.children();
				winners.add(entry.applicationId());
			}
			else {
				waiting.add(entry.applicationId());
			}
			order.add(new Ticket(entry.applicationId(), entry.tier(), order.size() + 1, won));
		}
		return new Result(seed, List.copyOf(winners), List.copyOf(waiting), List.copyOf(order));
	}

	/** The hex SHA-256 of "seed:id"; hex strings of equal length compare like the numbers they are. */
	static String rank(String seed, long applicationId) {
		return HexFormat.of().formatHex(sha256().digest(input(seed, applicationId)));
	}

	private record Drawn(Entry entry, byte[] hash) {
	}

	private static byte[] input(String seed, long applicationId) {
		return (seed + ":" + applicationId).getBytes(StandardCharsets.UTF_8);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
