package jp.manabi.portal.report.domain;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.manabi.portal.report.Figure;

/**
 * The small-count rule of the public pages: a count under {@code portal.report.public-minimum}
 * (5 by default, zero included) is shown as "fewer than 5", and a rate, mean or sum whose base
 * count is so shown is not shown at all, so no one can work a small number back out of it.
 */
@Component
public class PublicFigures {

	private final int minimum;

	PublicFigures(ReportProperties properties) {
		this.minimum = properties.publicMinimum();
	}

	public int minimum() {
		return minimum;
	}

	public boolean suppressed(Map<Figure, BigDecimal> values, Figure figure) {
		if (figure.isCount()) {
			BigDecimal value = values.get(figure);
			return value == null || value.compareTo(BigDecimal.valueOf(minimum)) < 0;
		}
		Figure base = figure.base();
		return base == null || suppressed(values, base);
	}
}
