package jp.manabi.portal.circle.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A person in a circle. The account is kept by id only: names and contact details stay in the
 * account module and are never shown to other members.
 */
@Entity
@Table(name = "circle_member")
@IdClass(CircleMember.Key.class)
public class CircleMember {

	public record Key(Long circleId, Long accountId) implements Serializable {
		public Key() {
			this(null, null);
		}
	}

	@Id
	private Long circleId;

	@Id
	private Long accountId;

	@Enumerated(EnumType.STRING)
	private CircleRole role;

	private Instant joinedAt = Instant.now();

	protected CircleMember() {
	}

	public CircleMember(long circleId, long accountId, CircleRole role) {
		this.circleId = circleId;
		this.accountId = accountId;
		this.role = role;
	}

	public Long getCircleId() {
		return circleId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public CircleRole getRole() {
		return role;
	}

	public Instant getJoinedAt() {
		return joinedAt;
	}

	void changeRole(CircleRole role) {
		this.role = role;
	}
}
