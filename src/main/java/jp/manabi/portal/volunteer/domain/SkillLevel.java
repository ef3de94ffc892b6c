package jp.manabi.portal.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill a volunteer has, at 1 できる, 2 得意 or 3 教えられる. */
@Embeddable
public record SkillLevel(@Column(name = "skill_id") Long skillId, @Column(name = "level") Integer level) {

	public static final int MIN = 1;
	public static final int MAX = 3;
}
