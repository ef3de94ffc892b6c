package jp.manabi.portal.course.domain;

import java.util.ArrayList;
import java.util.List;

import jp.manabi.portal.course.QuestionKind;

/**
 * Checks what an applicant filled in against the course: children's ages inside the childcare
 * range, answers to the course's own questions of the right kind. The form shows the problems
 * beside their fields; the service refuses a request that still has any.
 */
public final class ApplicationRequestCheck {

	/** Children one applicant may bring to childcare. */
	public static final int MAX_CHILDREN = 3;

	public static final int MAX_NEEDS = 1000;

	public static final int MAX_NOTE = 2000;

	public static final int MAX_ANSWER = 2000;

	public static final String YES = "yes";

	public static final String NO = "no";

	private ApplicationRequestCheck() {
	}

	public static List<RequestProblem> problems(Course course, ApplicationRequest request) {
		var problems = new ArrayList<RequestProblem>();
		checkChildcare(course, request, problems);
		if (request.needs() != null && request.needs().length() > MAX_NEEDS) {
			problems.add(new RequestProblem("needs", "course.apply.tooLong", MAX_NEEDS));
		}
		if (request.note() != null && request.note().length() > MAX_NOTE) {
			problems.add(new RequestProblem("note", "course.apply.tooLong", MAX_NOTE));
		}
		for (var question : course.getQuestions()) {
			checkAnswer(question, request.answers().get(question.getId()), problems);
		}
		return problems;
	}

	private static void checkChildcare(Course course, ApplicationRequest request, List<RequestProblem> problems) {
		var ages = request.childcareAges();
		if (ages.isEmpty()) {
			return;
		}
		if (!course.isChildcareOffered()) {
			problems.add(new RequestProblem("childcareAges", "course.apply.childcare.notOffered"));
			return;
		}
		if (ages.size() > MAX_CHILDREN) {
			problems.add(new RequestProblem("childcareAges", "course.apply.childcare.tooMany", MAX_CHILDREN));
		}
		for (int i = 0; i < ages.size(); i++) {
			int age = ages.get(i);
			if (age < course.getChildcareMinAge() || age > course.getChildcareMaxAge()) {
				problems.add(new RequestProblem("childcareAges[" + i + "]", "course.apply.childcare.ageRange",
						course.getChildcareMinAge(), course.getChildcareMaxAge()));
			}
		}
	}

	private static void checkAnswer(CourseQuestion question, String answer, List<RequestProblem> problems) {
		String field = "answers[" + question.getId() + "]";
		if (answer == null) {
			if (question.isRequired()) {
				problems.add(new RequestProblem(field, "course.apply.answer.required"));
			}
			return;
		}
		if (answer.length() > MAX_ANSWER) {
			problems.add(new RequestProblem(field, "course.apply.tooLong", MAX_ANSWER));
			return;
		}
		if (question.getKind() == QuestionKind.CHOICE && !question.choiceList().contains(answer)) {
			problems.add(new RequestProblem(field, "course.apply.answer.choice"));
		}
		else if (question.getKind() == QuestionKind.YES_NO && !YES.equals(answer) && !NO.equals(answer)) {
			problems.add(new RequestProblem(field, "course.apply.answer.yesNo"));
		}
		else if (question.getKind() == QuestionKind.NUMBER) {
			checkNumber(question, answer, field, problems);
		}
	}

	private static void checkNumber(CourseQuestion question, String answer, String field,
			List<RequestProblem> problems) {
		long value;
		try {
			value = Long.parseLong(answer);
		}
		catch (NumberFormatException notANumber) {
			problems.add(new RequestProblem(field, "course.apply.answer.number"));
			return;
		}
		if (question.getMinValue() != null && value < question.getMinValue()
				|| question.getMaxValue() != null && value > question.getMaxValue()) {
			problems.add(new RequestProblem(field, "course.apply.answer.range",
					question.getMinValue() == null ? "" : question.getMinValue(),
					question.getMaxValue() == null ? "" : question.getMaxValue()));
		}
	}
}
