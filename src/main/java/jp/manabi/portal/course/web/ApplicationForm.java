package jp.manabi.portal.course.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import jp.manabi.portal.course.domain.ApplicationRequest;
import jp.manabi.portal.course.domain.ApplicationRequestCheck;
import jp.manabi.portal.course.domain.CourseApplication;

/**
 * The application form: children for childcare (one age per child, blank slots ignored), needs,
 * a note, and answers to the course's own questions keyed by question id. The rules that depend
 * on the course (age range, required questions, choices) are checked by
 * {@link ApplicationRequestCheck}; the ones that do not are here.
 */
public class ApplicationForm {

	private List<Integer> childcareAges = new ArrayList<>(Arrays.asList(new Integer[ApplicationRequestCheck.MAX_CHILDREN]));

	@Size(max = ApplicationRequestCheck.MAX_NEEDS)
	private String needs;

	@Size(max = ApplicationRequestCheck.MAX_NOTE)
	private String note;

	private Map<Long, String> answers = new LinkedHashMap<>();

	/** The ages given, without the empty boxes between them: the checks number children in this order. */
	public void compactChildRows() {
		childcareAges = new ArrayList<>(childcareAges.stream().filter(age -> age != null).toList());
	}

	/** Always a box for each child one applicant may bring, so the form looks the same after an error. */
	public void ensureChildRows() {
		while (childcareAges.size() < ApplicationRequestCheck.MAX_CHILDREN) {
			childcareAges.add(null);
		}
	}

	public ApplicationRequest toRequest() {
		return new ApplicationRequest(childcareAges, needs, note, answers);
	}

	/** The form again from what was stored, e.g. for staff who correct it. */
	public static ApplicationForm of(CourseApplication application) {
		var form = new ApplicationForm();
		var ages = application.getChildcareAges();
		for (int i = 0; i < ages.size() && i < form.childcareAges.size(); i++) {
			form.childcareAges.set(i, ages.get(i));
		}
		form.needs = application.getNeeds();
		form.note = application.getNote();
		form.answers = new LinkedHashMap<>(application.getAnswers());
		return form;
	}

	public List<Integer> getChildcareAges() {
		return childcareAges;
	}

	public void setChildcareAges(List<Integer> childcareAges) {
		this.childcareAges = childcareAges;
	}

	public String getNeeds() {
		return needs;
	}

	public void setNeeds(String needs) {
		this.needs = needs;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Map<Long, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<Long, String> answers) {
		this.answers = answers;
	}
}
