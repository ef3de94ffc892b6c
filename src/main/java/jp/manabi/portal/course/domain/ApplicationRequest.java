package jp.manabi.portal.course.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the applicant tells the course beyond their name: the ages of children to be looked
 * after, needs (e.g. a wheelchair space, a sign-language interpreter), a free note, and answers
 * to the course's own questions by question id.
 */
public record ApplicationRequest(List<Integer> childcareAges, String needs, String note, Map<Long, String> answers) {

	public static final ApplicationRequest NOTHING = new ApplicationRequest(List.of(), null, null, Map.of());

	public ApplicationRequest {
		childcareAges = childcareAges == null ? List.of()
				: childcareAges.stream().filter(age -> age != null).toList();
		// A question left blank is not answered; the checks decide whether that is allowed.
		answers = answers == null ? Map.of()
				: answers.entrySet().stream()
						.filter(answer -> answer.getKey() != null && answer.getValue() != null && !answer.getValue().isBlank())
						.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, answer -> answer.getValue().strip()));
	}
}
