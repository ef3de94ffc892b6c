package jp.manabi.portal.circle.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A resident's place at a public event. One row per person and event (unique): cancelling keeps
 * the row, and signing up again re-activates it while places remain.
 */
@Entity
@Table(name = "circle_event_signup")
public class EventSignup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long activityId;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private EventSignupStatus status = EventSignupStatus.CONFIRMED;

	private Instant createdAt;

	private Instant cancelledAt;

	protected EventSignup() {
	}

	EventSignup(long activityId, long accountId, Instant now) {
		this.activityId = activityId;
		this.accountId = accountId;
		this.createdAt = now;
	}

	void cancel(Instant now) {
		this.status = EventSignupStatus.CANCELLED;
		this.cancelledAt = now;
	}

	void confirmAgain() {
		this.status = EventSignupStatus.CONFIRMED;
		this.cancelledAt = null;
	}

	public Long getId() {
		return id;
	}

	public long getActivityId() {
		return activityId;
	}

	public long getAccountId() {
		return accountId;
	}

	public EventSignupStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getCancelledAt() {
		return cancelledAt;
	}
}
