package jp.manabi.portal.course.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import jp.manabi.portal.course.QuestionKind;
import jp.manabi.portal.shared.Languages;

/** A question staff ask on one course's application form. Part of the {@link Course} aggregate. */
@Entity
@Table(name = "course_question")
public class CourseQuestion {

	/** What staff write for one question. */
	public record Definition(QuestionKind kind, String label, String labelEn, boolean required, List<String> choices,
			Integer minValue, Integer maxValue) {

		public Definition {
			choices = choices == null ? List.of()
					: choices.stream().map(String::strip).filter(choice -> !choice.isEmpty()).distinct().toList();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_id")
	private Course course;

	private int position;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	private String label;

	private String labelEn;

	private boolean required;

	/** One choice a line. */
	private String choices;

	private Integer minValue;

	private Integer maxValue;

	protected CourseQuestion() {
	}

	CourseQuestion(Course course, int position, Definition definition) {
		this.course = course;
		this.position = position;
		redefine(definition);
	}

	void redefine(Definition definition) {
		this.kind = definition.kind();
		this.label = definition.label();
		this.labelEn = definition.labelEn();
		this.required = definition.required();
		this.choices = definition.kind() == QuestionKind.CHOICE ? String.join("\n", definition.choices()) : null;
		this.minValue = definition.kind() == QuestionKind.NUMBER ? definition.minValue() : null;
		this.maxValue = definition.kind() == QuestionKind.NUMBER ? definition.maxValue() : null;
	}

	void moveTo(int newPosition) {
		this.position = newPosition;
	}

	public Definition definition() {
		return new Definition(kind, label, labelEn, required, choiceList(), minValue, maxValue);
	}

	public String label(Locale locale) {
		return Languages.isEnglish(locale) && labelEn != null && !labelEn.isBlank() ? labelEn : label;
	}

	public List<String> choiceList() {
		return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public QuestionKind getKind() {
		return kind;
	}

	public String getLabel() {
		return label;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public boolean isRequired() {
		return required;
	}

	public Integer getMinValue() {
		return minValue;
	}

	public Integer getMaxValue() {
		return maxValue;
	}
}
