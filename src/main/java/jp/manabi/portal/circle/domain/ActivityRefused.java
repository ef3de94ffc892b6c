package jp.manabi.portal.circle.domain;

import java.util.List;

/** An activity (or report) cannot be saved as given; each problem belongs beside its field. */
public class ActivityRefused extends RuntimeException {

	private final List<ActivityProblem> problems;

	public ActivityRefused(List<ActivityProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public ActivityRefused(String field, String messageKey) {
		this(List.of(new ActivityProblem(field, messageKey)));
	}

	public List<ActivityProblem> problems() {
		return problems;
	}
}
