package jp.manabi.portal.report.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.manabi.portal.report.Figure;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * The figures of one plan and fiscal year: a row for the whole plan (node id 0, level 0) and one
 * per node in tree order. {@code takenAt} is when a finished year's snapshot was taken; null when
 * the figures were computed now (the current year, or a recompute in progress).
 */
public record FigureTable(String planCode, FiscalYear year, List<Row> rows, Instant takenAt) {

	public static final long WHOLE_PLAN = 0;

	/** A node's figures; a value is null when there is nothing to take a rate or mean of. */
	public record Row(long nodeId, Long parentId, int level, String code, String title, Map<Figure, BigDecimal> values) {

		public BigDecimal value(Figure figure) {
			return values.get(figure);
		}

		public boolean wholePlan() {
			return nodeId == WHOLE_PLAN;
		}
	}

	public boolean live() {
		return takenAt == null;
	}

	public Row total() {
		return rows.get(0);
	}

	public Optional<Row> row(long nodeId) {
		return rows.stream().filter(r -> r.nodeId() == nodeId).findFirst();
	}

	public List<Row> ofLevel(int level) {
		return rows.stream().filter(r -> r.level() == level).toList();
	}

	public BigDecimal value(long nodeId, Figure figure) {
		return row(nodeId).map(r -> r.value(figure)).orElse(null);
	}

	/** Zero for every count and hours, null for rates and means: a node nothing counted toward. */
	static Map<Figure, BigDecimal> empty() {
		Map<Figure, BigDecimal> values = new EnumMap<>(Figure.class);
		for (Figure figure : Figure.values()) {
			values.put(figure, figure.kind() == Figure.Kind.COUNT || figure.kind() == Figure.Kind.HOURS
					? BigDecimal.ZERO : null);
		}
		return values;
	}

	static Map<Figure, BigDecimal> unmodifiable(Map<Figure, BigDecimal> values) {
		return Collections.unmodifiableMap(values);
	}
}
