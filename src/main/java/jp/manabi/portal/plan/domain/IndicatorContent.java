package jp.manabi.portal.plan.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An outcome indicator (成果目標) as a file or a form gives it. Numbers are kept without
 * trailing zeros, so that 1200, 1200.0 and the database's 1200.00 compare equal.
 */
public record IndicatorContent(String name, String unit, BigDecimal baselineValue, Integer baselineYear,
		BigDecimal targetValue, Integer targetYear, SortedMap<Integer, BigDecimal> actuals) {

	public IndicatorContent {
		unit = NodeContent.blankToNull(unit);
		baselineValue = normalize(baselineValue);
		targetValue = normalize(targetValue);
		var sorted = new TreeMap<Integer, BigDecimal>();
		if (actuals != null) {
			actuals.forEach((year, value) -> sorted.put(year, normalize(value)));
		}
		actuals = Collections.unmodifiableSortedMap(sorted);
	}

	public static BigDecimal normalize(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		// 1E+3 would print as such; keep a plain integer scale.
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	static boolean sameNumbers(Map<Integer, BigDecimal> a, Map<Integer, BigDecimal> b) {
		if (!a.keySet().equals(b.keySet())) {
			return false;
		}
		return a.entrySet().stream().allMatch(e -> sameNumber(e.getValue(), b.get(e.getKey())));
	}

	boolean sameAs(IndicatorContent other) {
		return Objects.equals(name, other.name) && Objects.equals(unit, other.unit)
				&& sameNumber(baselineValue, other.baselineValue) && Objects.equals(baselineYear, other.baselineYear)
				&& sameNumber(targetValue, other.targetValue) && Objects.equals(targetYear, other.targetYear)
				&& sameNumbers(actuals, other.actuals);
	}
}
