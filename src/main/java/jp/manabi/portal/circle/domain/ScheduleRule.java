package jp.manabi.portal.circle.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jp.manabi.portal.shared.time.TimeBand;

/**
 * One line of a circle's regular schedule, kept structured so it can be searched by day and
 * time band and shown in words in either language: 毎週水曜 10:00–12:00, 第2・第4火曜 19:00–21:00.
 */
@Entity
@Table(name = "circle_schedule_rule")
public class ScheduleRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "circle_id")
	private Circle circle;

	private int position;

	@Enumerated(EnumType.STRING)
	private ScheduleFrequency frequency;

	/** ISO day number, Monday 1 to Sunday 7 (as {@link DayOfWeek#getValue()}). */
	private int dayOfWeek;

	/** For MONTHLY: which weeks of the month (1–5); empty for WEEKLY. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "weeks_of_month")
	private Integer[] weeksOfMonth = new Integer[0];

	private LocalTime startsAt;

	private LocalTime endsAt;

	protected ScheduleRule() {
	}

	ScheduleRule(Circle circle, int position, Meeting meeting) {
		this.circle = circle;
		this.position = position;
		set(meeting);
	}

	final void set(Meeting meeting) {
		this.frequency = meeting.frequency();
		this.dayOfWeek = meeting.day().getValue();
		this.weeksOfMonth = meeting.frequency() == ScheduleFrequency.WEEKLY ? new Integer[0]
				: meeting.weeks().stream().sorted().toArray(Integer[]::new);
		this.startsAt = meeting.startsAt();
		this.endsAt = meeting.endsAt();
	}

	/**
	 * A rule before it belongs to a circle. {@code weeks} are the weeks of the month for MONTHLY
	 * (第2・第4 = 2, 4) and empty for WEEKLY.
	 */
	public record Meeting(ScheduleFrequency frequency, DayOfWeek day, List<Integer> weeks, LocalTime startsAt,
			LocalTime endsAt) {

		public Meeting {
			weeks = List.copyOf(weeks);
		}
	}

	public Meeting meeting() {
		return new Meeting(frequency, day(), List.of(weeksOfMonth), startsAt, endsAt);
	}

	public int getPosition() {
		return position;
	}

	public ScheduleFrequency getFrequency() {
		return frequency;
	}

	public DayOfWeek day() {
		return DayOfWeek.of(dayOfWeek);
	}

	public List<Integer> weeks() {
		return List.of(weeksOfMonth);
	}

	public LocalTime getStartsAt() {
		return startsAt;
	}

	public LocalTime getEndsAt() {
		return endsAt;
	}

	public TimeBand timeBand() {
		return TimeBand.of(startsAt);
	}

	/** The dates of this rule from {@code from} to {@code to}, both included, in order. */
	public List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
		var dates = new ArrayList<LocalDate>();
		for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
			for (int week = 1; week <= 5; week++) {
				if (frequency == ScheduleFrequency.MONTHLY && !weeks().contains(week)) {
					continue;
				}
				LocalDate date = month.with(TemporalAdjusters.dayOfWeekInMonth(week, day()));
				if (date.getMonth() == month.getMonth() && !date.isBefore(from) && !date.isAfter(to)) {
					dates.add(date);
				}
			}
		}
		return dates;
	}
}
