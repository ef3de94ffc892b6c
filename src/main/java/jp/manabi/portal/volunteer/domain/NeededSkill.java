package jp.manabi.portal.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill a request asks for: required (a volunteer without it is never suggested) or nice to have. */
@Embeddable
public record NeededSkill(@Column(name = "skill_id") Long skillId, @Column(name = "required") Boolean required) {
}
