package jp.manabi.portal.plan;

/**
 * The four levels every plan has, whatever it calls them (目標/方針/施策/取組み in 豊島区,
 * 基本方針/施策の方向性/施策の柱/具体的手段 in いわき市). The plan itself holds the names.
 */
public enum PlanLevel {
	GOAL, DIRECTION, MEASURE, ACTION;

	/** 1 for goals … 4 for actions, as stored in {@code plan_node.level}. */
	public int depth() {
		return ordinal() + 1;
	}

	public static PlanLevel ofDepth(int depth) {
		if (depth < 1 || depth > 4) {
			throw new IllegalArgumentException("plan levels are 1 to 4, not " + depth);
		}
		return values()[depth - 1];
	}

	public boolean hasChildLevel() {
		return this != ACTION;
	}

	public PlanLevel childLevel() {
		return ofDepth(depth() + 1);
	}
}
