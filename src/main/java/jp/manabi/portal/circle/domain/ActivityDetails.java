package jp.manabi.portal.circle.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a leader says about an activity, as the form hands it over. */
public record ActivityDetails(ActivityKind kind, String title, String description, LocalDate date, LocalTime startsAt,
		LocalTime endsAt, String place, String areaCode, Integer capacity, boolean signupOpen, int feeYen) {
}
