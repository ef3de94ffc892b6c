package jp.manabi.portal.consultation.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.manabi.portal.consultation.ReferralTarget;

/**
 * Where a counselor referred the resident: a course, a circle or a volunteer request, with its
 * title as it was then (the resident sees these, linked; never the notes).
 */
@Entity
@Table(name = "consultation_referral")
public class Referral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long bookingId;

	@Enumerated(EnumType.STRING)
	private ReferralTarget.Kind kind;

	private long targetId;

	private String title;

	private Instant createdAt = Instant.now();

	protected Referral() {
	}

	Referral(long bookingId, ReferralTarget.Kind kind, long targetId, String title) {
		this.bookingId = bookingId;
		this.kind = kind;
		this.targetId = targetId;
		this.title = title.length() <= 200 ? title : title.substring(0, 199) + "…";
	}

	public Long getId() {
		return id;
	}

	public long getBookingId() {
		return bookingId;
	}

	public ReferralTarget.Kind getKind() {
		return kind;
	}

	public long getTargetId() {
		return targetId;
	}

	public String getTitle() {
		return title;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
