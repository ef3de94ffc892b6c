package jp.manabi.portal.course.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A course a resident or a circle proposes (市民提案型講座). Staff review it; an adopted proposal
 * becomes a draft course that the proposal links to.
 */
@Entity
@Table(name = "course_proposal")
public class CourseProposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long proposerId;

	private Long circleId;

	private String theme;

	private String outline;

	private String proposedInstructor;

	private String audience;

	private String preferredTimes;

	private Long planNodeId;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status = ProposalStatus.RECEIVED;

	private String decisionReason;

	private Long decidedBy;

	private Instant decidedAt;

	private Long courseId;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected CourseProposal() {
	}

	CourseProposal(long proposerId, ProposalContent content) {
		this.proposerId = proposerId;
		this.circleId = content.circleId();
		this.theme = content.theme();
		this.outline = content.outline();
		this.proposedInstructor = content.proposedInstructor();
		this.audience = content.audience();
		this.preferredTimes = content.preferredTimes();
		this.planNodeId = content.planNodeId();
	}

	public ProposalContent content() {
		return new ProposalContent(circleId, theme, outline, proposedInstructor, audience, preferredTimes, planNodeId);
	}

	void startReview() {
		status = ProposalStatus.UNDER_REVIEW;
	}

	void reject(String reason, long staffId, Instant at) {
		decide(ProposalStatus.REJECTED, reason, staffId, at);
	}

	void adopt(long courseId, String reason, long staffId, Instant at) {
		this.courseId = courseId;
		decide(ProposalStatus.ADOPTED, reason, staffId, at);
	}

	private void decide(ProposalStatus status, String reason, long staffId, Instant at) {
		this.status = status;
		this.decisionReason = reason;
		this.decidedBy = staffId;
		this.decidedAt = at;
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

	public long getProposerId() {
		return proposerId;
	}

	public Long getCircleId() {
		return circleId;
	}

	public String getTheme() {
		return theme;
	}

	public String getOutline() {
		return outline;
	}

	public String getProposedInstructor() {
		return proposedInstructor;
	}

	public String getAudience() {
		return audience;
	}

	public String getPreferredTimes() {
		return preferredTimes;
	}

	public Long getPlanNodeId() {
		return planNodeId;
	}

	public ProposalStatus getStatus() {
		return status;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public Long getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Long getCourseId() {
		return courseId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
