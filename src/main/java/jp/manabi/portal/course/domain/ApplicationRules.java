package jp.manabi.portal.course.domain;

import java.time.Instant;

/**
 * How a course treats its applications beyond the window: until when residents may cancel,
 * until when the waiting list moves up, the lottery's priority tiers and whether winners must
 * confirm. Nulls mean the defaults: cancel and promote until the first session; no tiers; a win
 * is a place at once.
 */
public record ApplicationRules(Instant cancellationDeadline, Instant promotionCutoff, boolean lotteryResidentsFirst,
		Integer lotteryFirstTimerMonths, Instant lotteryConfirmBy) {

	public static final ApplicationRules DEFAULTS = new ApplicationRules(null, null, false, null, null);
}
