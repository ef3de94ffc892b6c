package jp.manabi.portal.course.domain;

import java.util.ArrayList;
import java.util.List;

import jp.manabi.portal.account.Residency;

/**
 * A course's lottery priority tiers, from its {@link ApplicationRules}. Residents first: people
 * who live in the municipality (tier 0), then those who work or study there (1), then everyone
 * else (2); applications staff took at the counter for people without an account count as
 * residents. First-timers first: people who had a place on a course that ended in the last N
 * months go after everyone else. Both: {@code residencyTier * 2 + (firstTimer ? 0 : 1)}.
 * Stored with each draw as a short code, so the page can say in words what the rules were.
 */
public record LotteryTiers(boolean residentsFirst, Integer firstTimerMonths) {

	public static final LotteryTiers NONE = new LotteryTiers(false, null);

	private static final String RESIDENCY = "residency";
	private static final String FIRST_TIMER = "first-timer:";

	public static LotteryTiers of(ApplicationRules rules) {
		return new LotteryTiers(rules.lotteryResidentsFirst(), rules.lotteryFirstTimerMonths());
	}

	/** Reads a code written by {@link #code()}. */
	public static LotteryTiers fromCode(String code) {
		boolean residency = false;
		Integer months = null;
		for (String part : code.split(",")) {
			if (part.equals(RESIDENCY)) {
				residency = true;
			}
			else if (part.startsWith(FIRST_TIMER)) {
				months = Integer.valueOf(part.substring(FIRST_TIMER.length()));
			}
		}
		return new LotteryTiers(residency, months);
	}

	/** E.g. {@code residency,first-timer:12}, or {@code none}. */
	public String code() {
		var parts = new ArrayList<String>();
		if (residentsFirst) {
			parts.add(RESIDENCY);
		}
		if (firstTimersFirst()) {
			parts.add(FIRST_TIMER + firstTimerMonths);
		}
		return parts.isEmpty() ? "none" : String.join(",", parts);
	}

	public boolean firstTimersFirst() {
		return firstTimerMonths != null;
	}

	public boolean isNone() {
		return !residentsFirst && !firstTimersFirst();
	}

	/**
	 * @param residency null for a counter application without an account (counted as a resident)
	 * @param attendedRecently had a place on a course that ended in the last N months
	 */
	public int tierOf(Residency residency, boolean attendedRecently) {
		int residencyTier = residentsFirst ? residencyTier(residency) : 0;
		int firstTimerTier = firstTimersFirst() && attendedRecently ? 1 : 0;
		if (residentsFirst && firstTimersFirst()) {
			return residencyTier * 2 + firstTimerTier;
		}
		return residentsFirst ? residencyTier : firstTimerTier;
	}

	/** Message keys that say what a tier stands for (empty when there are no tiers). */
	public List<String> tierKeys(int tier) {
		var keys = new ArrayList<String>();
		if (residentsFirst) {
			keys.add("lottery.tier.residency." + (firstTimersFirst() ? tier / 2 : tier));
		}
		if (firstTimersFirst()) {
			keys.add("lottery.tier.firstTimer." + (residentsFirst ? tier % 2 : tier));
		}
		return keys;
	}

	private static int residencyTier(Residency residency) {
		if (residency == null || residency == Residency.LIVES) {
			return 0;
		}
		return residency == Residency.WORKS || residency == Residency.STUDIES ? 1 : 2;
	}
}
