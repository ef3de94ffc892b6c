package jp.manabi.portal.consultation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A topic's booking rules: each slot lasts {@code slotMinutes} and holds the counselor
 * {@code bufferMinutes} longer; residents book from {@code bookFromDays} to {@code bookUntilDays}
 * days ahead (counted in days from today, Japan time) and may cancel or move until
 * {@code cancelUntilHours} before the start.
 */
public record BookingRules(int slotMinutes, int bufferMinutes, int bookFromDays, int bookUntilDays,
		int cancelUntilHours) {

	public Duration slot() {
		return Duration.ofMinutes(slotMinutes);
	}

	public Duration held() {
		return Duration.ofMinutes((long) slotMinutes + bufferMinutes);
	}

	public LocalDate firstBookableDay(LocalDate today) {
		return today.plusDays(bookFromDays);
	}

	public LocalDate lastBookableDay(LocalDate today) {
		return today.plusDays(bookUntilDays);
	}

	public boolean cancellable(Instant startsAt, Instant now) {
		return now.isBefore(startsAt.minus(Duration.ofHours(cancelUntilHours)));
	}
}
