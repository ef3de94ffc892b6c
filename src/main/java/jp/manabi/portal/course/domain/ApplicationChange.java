package jp.manabi.portal.course.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.manabi.portal.course.ApplicationStatus;

/** One status change of an application: from, to, why, by whom (null: the resident's own or a job). */
@Entity
@Table(name = "course_application_change")
public class ApplicationChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long applicationId;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus toStatus;

	private String reason;

	private Long changedBy;

	private Instant changedAt;

	protected ApplicationChange() {
	}

	ApplicationChange(long applicationId, ApplicationStatus fromStatus, ApplicationStatus toStatus, String reason,
			Long changedBy, Instant changedAt) {
		this.applicationId = applicationId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public long getApplicationId() {
		return applicationId;
	}

	public ApplicationStatus getFromStatus() {
		return fromStatus;
	}

	public ApplicationStatus getToStatus() {
		return toStatus;
	}

	public String getReason() {
		return reason;
	}

	public Long getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}
}
