package jp.manabi.portal.circle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A schedule rule's dates: 毎週 and 第n weekdays, within the asked range only. */
class ScheduleRuleTest {

	@Test
	void secondAndFourthTuesdays() {
		var rule = rule(new ScheduleRule.Meeting(ScheduleFrequency.MONTHLY, DayOfWeek.TUESDAY, List.of(2, 4),
				LocalTime.of(19, 0), LocalTime.of(21, 0)));

		assertThat(rule.datesBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31))).containsExactly(
				LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 26));
	}

	@Test
	void aFifthWeekExistsOnlyInSomeMonths() {
		var rule = rule(new ScheduleRule.Meeting(ScheduleFrequency.MONTHLY, DayOfWeek.SUNDAY, List.of(5),
				LocalTime.of(10, 0), LocalTime.of(12, 0)));

		// November 2026 has five Sundays (the 29th); December 2026 has four.
		assertThat(rule.datesBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)))
				.containsExactly(LocalDate.of(2026, 11, 29));
	}

	@Test
	void everyWeekWithinTheRangeBothEndsIncluded() {
		var rule = rule(new ScheduleRule.Meeting(ScheduleFrequency.WEEKLY, DayOfWeek.SATURDAY, List.of(),
				LocalTime.of(9, 0), LocalTime.of(11, 0)));

		assertThat(rule.datesBetween(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 12, 5))).containsExactly(
				LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 5));
		assertThat(rule.timeBand().name()).isEqualTo("MORNING");
	}

	private static ScheduleRule rule(ScheduleRule.Meeting meeting) {
		var circle = new Circle();
		circle.replaceSchedule(List.of(meeting));
		return circle.getScheduleRules().get(0);
	}
}
