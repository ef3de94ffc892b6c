package jp.manabi.portal.course.web.admin;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import jp.manabi.portal.course.QuestionKind;
import jp.manabi.portal.course.domain.ApplicationRules;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseQuestion;
import jp.manabi.portal.shared.validation.PlainText;

/**
 * A course's application rules and its own questions. Question rows with an empty label are
 * room to type and are ignored; a row marked for removal is dropped.
 */
public class ApplicationSettingsForm {

	/** Empty rows offered below the existing questions. */
	static final int SPARE_ROWS = 2;

	static final int MAX_QUESTIONS = 10;

	private static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

	@DateTimeFormat(pattern = DATE_TIME)
	private LocalDateTime cancellationDeadline;

	@DateTimeFormat(pattern = DATE_TIME)
	private LocalDateTime promotionCutoff;

	private boolean lotteryResidentsFirst;

	@Min(1)
	@Max(120)
	private Integer lotteryFirstTimerMonths;

	@DateTimeFormat(pattern = DATE_TIME)
	private LocalDateTime lotteryConfirmBy;

	@Valid
	@Size(max = MAX_QUESTIONS + SPARE_ROWS)
	private List<QuestionRow> questions = new ArrayList<>();

	/** One question as staff type it: choices one a line. */
	public static class QuestionRow {

		private QuestionKind kind = QuestionKind.TEXT;

		@Size(max = 300)
		@PlainText
		private String label;

		@Size(max = 300)
		@PlainText
		private String labelEn;

		private boolean required;

		@Size(max = 2000)
		private String choices;

		private Integer minValue;

		private Integer maxValue;

		private boolean remove;

		public boolean isBlank() {
			return label == null || label.isBlank();
		}

		CourseQuestion.Definition definition() {
			return new CourseQuestion.Definition(kind, label.strip(), labelEn == null || labelEn.isBlank() ? null : labelEn.strip(),
					required, choices == null ? List.of() : Arrays.asList(choices.split("\\R")), minValue, maxValue);
		}

		static QuestionRow of(CourseQuestion.Definition definition) {
			var row = new QuestionRow();
			row.kind = definition.kind();
			row.label = definition.label();
			row.labelEn = definition.labelEn();
			row.required = definition.required();
			row.choices = String.join("\n", definition.choices());
			row.minValue = definition.minValue();
			row.maxValue = definition.maxValue();
			return row;
		}

		public QuestionKind getKind() {
			return kind;
		}

		public void setKind(QuestionKind kind) {
			this.kind = kind;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getLabelEn() {
			return labelEn;
		}

		public void setLabelEn(String labelEn) {
			this.labelEn = labelEn;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getChoices() {
			return choices;
		}

		public void setChoices(String choices) {
			this.choices = choices;
		}

		public Integer getMinValue() {
			return minValue;
		}

		public void setMinValue(Integer minValue) {
			this.minValue = minValue;
		}

		public Integer getMaxValue() {
			return maxValue;
		}

		public void setMaxValue(Integer maxValue) {
			this.maxValue = maxValue;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}
	}

	static ApplicationSettingsForm of(Course course) {
		var form = new ApplicationSettingsForm();
		var rules = course.applicationRules();
		form.cancellationDeadline = local(rules.cancellationDeadline());
		form.promotionCutoff = local(rules.promotionCutoff());
		form.lotteryResidentsFirst = rules.lotteryResidentsFirst();
		form.lotteryFirstTimerMonths = rules.lotteryFirstTimerMonths();
		form.lotteryConfirmBy = local(rules.lotteryConfirmBy());
		course.getQuestions().forEach(question -> form.questions.add(QuestionRow.of(question.definition())));
		form.withSpareRows();
		return form;
	}

	/** Adds the empty rows to type new questions in. */
	ApplicationSettingsForm withSpareRows() {
		questions.removeIf(row -> row.isBlank() && !row.remove);
		for (int i = 0; i < SPARE_ROWS && questions.size() < MAX_QUESTIONS + SPARE_ROWS; i++) {
			questions.add(new QuestionRow());
		}
		return this;
	}

	ApplicationRules rules() {
		return new ApplicationRules(instant(cancellationDeadline), instant(promotionCutoff), lotteryResidentsFirst,
				lotteryFirstTimerMonths, instant(lotteryConfirmBy));
	}

	/** The questions to keep, in order. */
	List<CourseQuestion.Definition> definitions() {
		return questions.stream().filter(row -> !row.isBlank() && !row.remove).map(QuestionRow::definition).toList();
	}

	private static LocalDateTime local(java.time.Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, Course.ZONE);
	}

	private static java.time.Instant instant(LocalDateTime local) {
		return local == null ? null : local.atZone(Course.ZONE).toInstant();
	}

	public LocalDateTime getCancellationDeadline() {
		return cancellationDeadline;
	}

	public void setCancellationDeadline(LocalDateTime cancellationDeadline) {
		this.cancellationDeadline = cancellationDeadline;
	}

	public LocalDateTime getPromotionCutoff() {
		return promotionCutoff;
	}

	public void setPromotionCutoff(LocalDateTime promotionCutoff) {
		this.promotionCutoff = promotionCutoff;
	}

	public boolean isLotteryResidentsFirst() {
		return lotteryResidentsFirst;
	}

	public void setLotteryResidentsFirst(boolean lotteryResidentsFirst) {
		this.lotteryResidentsFirst = lotteryResidentsFirst;
	}

	public Integer getLotteryFirstTimerMonths() {
		return lotteryFirstTimerMonths;
	}

	public void setLotteryFirstTimerMonths(Integer lotteryFirstTimerMonths) {
		this.lotteryFirstTimerMonths = lotteryFirstTimerMonths;
	}

	public LocalDateTime getLotteryConfirmBy() {
		return lotteryConfirmBy;
	}

	public void setLotteryConfirmBy(LocalDateTime lotteryConfirmBy) {
		this.lotteryConfirmBy = lotteryConfirmBy;
	}

	public List<QuestionRow> getQuestions() {
		return questions;
	}

	public void setQuestions(List<QuestionRow> questions) {
		this.questions = questions;
	}
}
