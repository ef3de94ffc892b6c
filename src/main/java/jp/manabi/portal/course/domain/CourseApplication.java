package jp.manabi.portal.course.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.manabi.portal.course.ApplicationStatus;

/** One person's application for one course. */
@Entity
@Table(name = "course_application")
public class CourseApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long courseId;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private Instant appliedAt;

	private Instant decidedAt;

	private Instant cancelledAt;

	private String cancelReason;

	protected CourseApplication() {
	}

	CourseApplication(long courseId, long accountId, ApplicationStatus status, Instant now) {
		this.courseId = courseId;
		this.accountId = accountId;
		this.status = status;
		this.appliedAt = now;
		this.decidedAt = status == ApplicationStatus.CONFIRMED ? now : null;
	}

	void cancel(String reason, Instant now) {
		status = ApplicationStatus.CANCELLED;
		cancelledAt = now;
		cancelReason = reason;
	}

	void promote(Instant now) {
		status = ApplicationStatus.CONFIRMED;
		decidedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getCourseId() {
		return courseId;
	}

	public long getAccountId() {
		return accountId;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public Instant getAppliedAt() {
		return appliedAt;
	}
}
