package jp.manabi.portal.plan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan file's content ({@code db/plans/*.yaml}, format in db/README.md) after validation:
 * what an import applies and an export writes. Two documents are equal when the files say the
 * same, however they are formatted.
 */
public record PlanDocument(String code, String municipality, String municipalityEn, String title,
		Integer periodStart, Integer periodEnd, String vision, List<String> levels, List<String> levelsEn,
		String note, List<NodeDocument> goals) {

	public PlanDocument {
		levels = List.copyOf(levels);
		levelsEn = levelsEn == null ? null : List.copyOf(levelsEn);
		goals = List.copyOf(goals);
	}

	/** A node with its indicators and children, in file order. */
	public record NodeDocument(String code, NodeContent content, List<IndicatorContent> indicators,
			List<NodeDocument> children) {

		public NodeDocument {
			indicators = List.copyOf(indicators);
			children = List.copyOf(children);
		}
	}

	/** Every node, depth first, in file order. */
	public List<NodeDocument> allNodes() {
		var all = new ArrayList<NodeDocument>();
		collect(goals, all);
		return all;
	}

	private static void collect(List<NodeDocument> nodes, List<NodeDocument> into) {
		for (NodeDocument node : nodes) {
			into.add(node);
			collect(node.children(), into);
		}
	}
}
