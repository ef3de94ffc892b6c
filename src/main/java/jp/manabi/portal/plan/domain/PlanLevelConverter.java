package jp.manabi.portal.plan.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import jp.manabi.portal.plan.PlanLevel;

/** Stores a level as its depth (smallint 1–4), which the database's checks and trigger compare. */
@Converter
class PlanLevelConverter implements AttributeConverter<PlanLevel, Short> {

	@Override
	public Short convertToDatabaseColumn(PlanLevel level) {
		return level == null ? null : (short) level.depth();
	}

	@Override
	public PlanLevel convertToEntityAttribute(Short depth) {
		return depth == null ? null : PlanLevel.ofDepth(depth);
	}
}
