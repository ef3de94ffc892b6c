package jp.manabi.portal.course.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.course.domain.Applicant;
import jp.manabi.portal.course.domain.ApplicationRequest;
import jp.manabi.portal.course.domain.ApplicationRequestCheck;
import jp.manabi.portal.shared.validation.Furigana;
import jp.manabi.portal.shared.validation.PersonName;
import jp.manabi.portal.shared.validation.PhoneNumber;

/**
 * An application staff take by phone or at the counter for someone without an account: who
 * they are and how to reach them, then what a resident fills in on the web (childcare, needs,
 * the course's own questions).
 */
public class CounterApplicationForm {

	@NotBlank
	@Size(max = 100)
	@PersonName
	private String name;

	@NotBlank
	@Size(max = 100)
	@Furigana
	private String furigana;

	@NotBlank
	@PhoneNumber
	private String phone;

	@Size(max = 254)
	@Email
	private String email;

	@NotBlank
	private String areaCode;

	/** One box per child; empty boxes are ignored. */
	private List<Integer> childcareAges = new ArrayList<>();

	@Size(max = ApplicationRequestCheck.MAX_NEEDS)
	private String needs;

	@Size(max = ApplicationRequestCheck.MAX_NOTE)
	private String note;

	/** Answers by question id. */
	private Map<Long, String> answers = new LinkedHashMap<>();

	/** A blank form with a box for each child one applicant may bring. */
	public static CounterApplicationForm blank() {
		var form = new CounterApplicationForm();
		form.ensureChildRows();
		return form;
	}

	/** Always as many age boxes as children allowed, so the form looks the same after an error. */
	void ensureChildRows() {
		while (childcareAges.size() < ApplicationRequestCheck.MAX_CHILDREN) {
			childcareAges.add(null);
		}
	}

	/** The ages given, without the empty boxes between them. */
	void compactChildRows() {
		childcareAges = new ArrayList<>(childcareAges.stream().filter(age -> age != null).toList());
	}

	Applicant applicant() {
		return new Applicant(name, furigana, phone, email, areaCode);
	}

	ApplicationRequest request() {
		return new ApplicationRequest(childcareAges, blankToNull(needs), blankToNull(note), answers);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getFurigana() {
		return furigana;
	}

	public void setFurigana(String furigana) {
		this.furigana = furigana;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null || email.isBlank() ? null : email.strip();
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public List<Integer> getChildcareAges() {
		return childcareAges;
	}

	public void setChildcareAges(List<Integer> childcareAges) {
		this.childcareAges = childcareAges == null ? new ArrayList<>() : childcareAges;
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
		this.answers = answers == null ? new LinkedHashMap<>() : answers;
	}
}
