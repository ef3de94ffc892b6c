package jp.manabi.portal.volunteer.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A volunteer on a shift: applied for it or invited to it, then approved or declined, then
 * completed with the hours served or marked absent. One per volunteer and shift.
 */
@Entity
@Table(name = "volunteer_assignment")
public class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "shift_id")
	private Shift shift;

	private long profileId;

	@Enumerated(EnumType.STRING)
	private AssignmentStatus status;

	private String message;

	private Long invitedBy;

	private Long decidedBy;

	private Instant decidedAt;

	private BigDecimal hours;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Assignment() {
	}

	private Assignment(Shift shift, long profileId, AssignmentStatus status, String message, Long invitedBy) {
		this.shift = shift;
		this.profileId = profileId;
		this.status = status;
		this.message = message;
		this.invitedBy = invitedBy;
	}

	public static Assignment applied(Shift shift, long profileId, String message) {
		return new Assignment(shift, profileId, AssignmentStatus.APPLIED, message, null);
	}

	public static Assignment invited(Shift shift, long profileId, String message, long coordinatorId) {
		return new Assignment(shift, profileId, AssignmentStatus.INVITED, message, coordinatorId);
	}

	// Status changes: the participation service checks who may make them, and holds the shift's lock.

	void decide(AssignmentStatus status, Long by, Instant at) {
		this.status = status;
		this.decidedBy = by;
		this.decidedAt = at;
		if (status != AssignmentStatus.COMPLETED) {
			this.hours = null;
		}
	}

	void complete(BigDecimal hours, long by, Instant at) {
		decide(AssignmentStatus.COMPLETED, by, at);
		this.hours = hours;
	}

	/** Applied or invited again after withdrawing or being declined. */
	void reopen(AssignmentStatus status, String message, Long invitedBy) {
		this.status = status;
		this.message = message;
		this.invitedBy = invitedBy;
		this.decidedBy = null;
		this.decidedAt = null;
		this.hours = null;
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Shift getShift() {
		return shift;
	}

	public long getProfileId() {
		return profileId;
	}

	public AssignmentStatus getStatus() {
		return status;
	}

	public String getMessage() {
		return message;
	}

	public Long getInvitedBy() {
		return invitedBy;
	}

	public Long getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public BigDecimal getHours() {
		return hours;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
