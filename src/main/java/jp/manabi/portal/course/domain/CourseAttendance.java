package jp.manabi.portal.course.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Whether one person with a place came to one session, and which staff member marked it. */
@Entity
@Table(name = "course_attendance")
@IdClass(CourseAttendance.Key.class)
public class CourseAttendance {

	/** One mark per application and session. */
	public static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		private long applicationId;

		private long sessionId;

		protected Key() {
		}

		public Key(long applicationId, long sessionId) {
			this.applicationId = applicationId;
			this.sessionId = sessionId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key that && that.applicationId == applicationId && that.sessionId == sessionId;
		}

		@Override
		public int hashCode() {
			return Objects.hash(applicationId, sessionId);
		}
	}

	@Id
	private long applicationId;

	@Id
	private long sessionId;

	private boolean present;

	private long markedBy;

	private Instant markedAt;

	protected CourseAttendance() {
	}

	CourseAttendance(long applicationId, long sessionId, boolean present, long markedBy, Instant markedAt) {
		this.applicationId = applicationId;
		this.sessionId = sessionId;
		mark(present, markedBy, markedAt);
	}

	void mark(boolean present, long markedBy, Instant markedAt) {
		this.present = present;
		this.markedBy = markedBy;
		this.markedAt = markedAt;
	}

	public long getApplicationId() {
		return applicationId;
	}

	public long getSessionId() {
		return sessionId;
	}

	public boolean isPresent() {
		return present;
	}

	public long getMarkedBy() {
		return markedBy;
	}

	public Instant getMarkedAt() {
		return markedAt;
	}
}
