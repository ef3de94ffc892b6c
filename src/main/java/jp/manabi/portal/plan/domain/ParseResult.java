package jp.manabi.portal.plan.domain;

import java.util.List;

/** A plan file read: either a document, or every problem found (never a partial document). */
public record ParseResult(PlanDocument document, List<ImportProblem> problems) {

	public ParseResult {
		problems = List.copyOf(problems);
	}

	public boolean isValid() {
		return problems.isEmpty();
	}
}
