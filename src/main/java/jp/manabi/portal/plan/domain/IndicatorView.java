package jp.manabi.portal.plan.domain;

import java.math.BigDecimal;
import java.util.SortedMap;

/** An indicator as pages show it, detached from the persistence context. */
public record IndicatorView(long id, long version, long nodeId, IndicatorContent content) {

	static IndicatorView of(PlanIndicator indicator) {
		return new IndicatorView(indicator.getId(), indicator.getVersion(), indicator.getNode().getId(),
				indicator.content());
	}

	public String name() {
		return content.name();
	}

	public String unit() {
		return content.unit();
	}

	public BigDecimal baselineValue() {
		return content.baselineValue();
	}

	public Integer baselineYear() {
		return content.baselineYear();
	}

	public BigDecimal targetValue() {
		return content.targetValue();
	}

	public Integer targetYear() {
		return content.targetYear();
	}

	public SortedMap<Integer, BigDecimal> actuals() {
		return content.actuals();
	}

	public boolean hasFigures() {
		return baselineValue() != null || targetValue() != null || !actuals().isEmpty();
	}
}
