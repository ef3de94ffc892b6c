package jp.manabi.portal.circle.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A resident's request to join a circle (入会希望). The person and the circle are kept by id;
 * the leader and the resident only ever see each other through the portal's thread.
 */
@Entity
@Table(name = "circle_join_request")
public class JoinRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long circleId;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private JoinStatus status = JoinStatus.PENDING;

	private Instant createdAt;

	private Instant decidedAt;

	private Long decidedBy;

	protected JoinRequest() {
	}

	JoinRequest(long circleId, long accountId, Instant at) {
		this.circleId = circleId;
		this.accountId = accountId;
		this.createdAt = at;
	}

	void accept(long managerId, Instant at) {
		decide(JoinStatus.ACCEPTED, managerId, at);
	}

	void decline(long managerId, Instant at) {
		decide(JoinStatus.DECLINED, managerId, at);
	}

	void withdraw() {
		this.status = JoinStatus.WITHDRAWN;
	}

	private void decide(JoinStatus status, long managerId, Instant at) {
		this.status = status;
		this.decidedBy = managerId;
		this.decidedAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getCircleId() {
		return circleId;
	}

	public long getAccountId() {
		return accountId;
	}

	public JoinStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
