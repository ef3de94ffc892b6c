package jp.manabi.portal.consultation.web.counselor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import jp.manabi.portal.consultation.ReferralTarget;

/** A referral to add: what kind, and the id of the course, circle … (from its page address or the list). */
public class ReferralForm {

	@NotNull
	private ReferralTarget.Kind kind;

	@NotNull
	@Positive
	private Long targetId;

	public ReferralTarget.Kind getKind() {
		return kind;
	}

	public void setKind(ReferralTarget.Kind kind) {
		this.kind = kind;
	}

	public Long getTargetId() {
		return targetId;
	}

	public void setTargetId(Long targetId) {
		this.targetId = targetId;
	}
}
