package jp.manabi.portal.consultation.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What came of a consultation: the counselor's private notes. Counselors and staff only; residents'
 * pages never read this entity, and every page that shows it records a VIEW in the audit log.
 */
@Entity
@Table(name = "consultation_outcome")
public class Outcome {

	public static final int MAX_NOTES = 5000;

	@Id
	private Long bookingId;

	@Version
	private long version;

	private String notes = "";

	private long recordedBy;

	private Instant recordedAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Outcome() {
	}

	Outcome(long bookingId, long recordedBy) {
		this.bookingId = bookingId;
		this.recordedBy = recordedBy;
	}

	void write(String notes, long by) {
		this.notes = notes == null ? "" : notes;
		this.recordedBy = by;
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	public Long getBookingId() {
		return bookingId;
	}

	public long getVersion() {
		return version;
	}

	public String getNotes() {
		return notes;
	}

	public long getRecordedBy() {
		return recordedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
