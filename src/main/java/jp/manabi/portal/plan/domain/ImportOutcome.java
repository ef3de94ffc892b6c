package jp.manabi.portal.plan.domain;

import java.util.List;

/** What an import did, or why it did nothing. */
public record ImportOutcome(String planCode, List<ImportProblem> problems, int added, int updated, int archived,
		int restored) {

	public ImportOutcome {
		problems = List.copyOf(problems);
	}

	public static ImportOutcome refused(List<ImportProblem> problems) {
		return new ImportOutcome(null, problems, 0, 0, 0, 0);
	}

	public boolean isRefused() {
		return !problems.isEmpty();
	}

	/** Nothing in the portal changed (the same content was imported before). */
	public boolean isUnchanged() {
		return !isRefused() && added + updated + archived + restored == 0;
	}
}
