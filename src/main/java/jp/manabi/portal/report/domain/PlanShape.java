package jp.manabi.portal.report.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import jp.manabi.portal.report.Figure;
import jp.manabi.portal.shared.Languages;

/**
 * A plan as the report pages need it, read by SQL from the plan module's tables: its own level
 * names, its nodes in tree order (archived branches left out) and its outcome indicators.
 */
public record PlanShape(long id, String code, String title, String municipality, String municipalityEn,
		Integer periodStart, Integer periodEnd, List<String> levelNames, List<String> levelNamesEn, List<Node> nodes,
		Map<Long, List<Indicator>> indicators) {

	/** A node; {@code level} 1 = goal … 4 = action. */
	public record Node(long id, Long parentId, int level, String code, String title) {
	}

	public record Indicator(long id, long nodeId, String name, String unit, BigDecimal baselineValue,
			Integer baselineYear, BigDecimal targetValue, Integer targetYear, Figure boundFigure,
			SortedMap<Integer, BigDecimal> actuals) {

		public boolean bound() {
			return boundFigure != null;
		}
	}

	/** The plan's own name for a level (1–4); in English when the plan gives one. */
	public String levelName(int level, Locale locale) {
		if (level < 1 || level > 4) {
			return "";
		}
		String en = levelNamesEn.get(level - 1);
		return Languages.isEnglish(locale) && en != null ? en : levelNames.get(level - 1);
	}

	public String municipalityName(Locale locale) {
		return Languages.isEnglish(locale) && municipalityEn != null ? municipalityEn : municipality;
	}

	public Optional<Node> node(long nodeId) {
		return nodes.stream().filter(n -> n.id() == nodeId).findFirst();
	}

	public Optional<Node> node(String nodeCode) {
		return nodes.stream().filter(n -> n.code().equals(nodeCode)).findFirst();
	}

	public List<Node> children(long nodeId) {
		return nodes.stream().filter(n -> n.parentId() != null && n.parentId() == nodeId).toList();
	}

	public List<Node> ofLevel(int level) {
		return nodes.stream().filter(n -> n.level() == level).toList();
	}

	/** The nodes above, the goal first. */
	public List<Node> ancestors(Node node) {
		var ancestors = new java.util.ArrayList<Node>();
		for (Long id = node.parentId(); id != null;) {
			Node parent = node(id).orElse(null);
			if (parent == null) {
				break;
			}
			ancestors.add(0, parent);
			id = parent.parentId();
		}
		return ancestors;
	}

	public List<Indicator> indicatorsOf(long nodeId) {
		return indicators.getOrDefault(nodeId, List.of());
	}

	public List<Indicator> allIndicators() {
		return nodes.stream().flatMap(n -> indicatorsOf(n.id()).stream()).toList();
	}
}
