package jp.manabi.portal.circle.domain;

import java.time.LocalDate;

/** An activity report as the leader's form hands it over; {@code activityId} is optional. */
public record ReportDraft(LocalDate heldOn, int participants, String summary, Long activityId) {
}
