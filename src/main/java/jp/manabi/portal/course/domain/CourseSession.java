package jp.manabi.portal.course.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import jp.manabi.portal.shared.time.TimeBand;

/** One meeting of a course: a local date and start and end times (Asia/Tokyo). */
@Entity
@Table(name = "course_session")
public class CourseSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_id")
	private Course course;

	private int position;

	@Column(name = "session_date")
	private LocalDate date;

	private LocalTime startsAt;

	private LocalTime endsAt;

	protected CourseSession() {
	}

	CourseSession(Course course, int position, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
		this.course = course;
		this.position = position;
		this.date = date;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	void reschedule(LocalDate date, LocalTime startsAt, LocalTime endsAt) {
		this.date = date;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public LocalDate getDate() {
		return date;
	}

	public LocalTime getStartsAt() {
		return startsAt;
	}

	public LocalTime getEndsAt() {
		return endsAt;
	}

	public DayOfWeek dayOfWeek() {
		return date.getDayOfWeek();
	}

	public TimeBand timeBand() {
		return TimeBand.of(startsAt);
	}

	public boolean onWeekend() {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	Course getCourse() {
		return course;
	}
}
