package jp.manabi.portal.course.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.course.domain.SurveyAnswer;

/** The satisfaction survey: a choice from 1 to 5, then three optional comments. */
public class SurveyForm {

	@NotNull(message = "{course-after.survey.satisfaction.required}")
	@Min(value = 1, message = "{course-after.survey.satisfaction.required}")
	@Max(value = 5, message = "{course-after.survey.satisfaction.required}")
	private Integer satisfaction;

	@Size(max = SurveyAnswer.MAX_COMMENT)
	private String goodPoints;

	@Size(max = SurveyAnswer.MAX_COMMENT)
	private String improvements;

	@Size(max = SurveyAnswer.MAX_COMMENT)
	private String wantedNext;

	SurveyAnswer toAnswer() {
		return new SurveyAnswer(satisfaction, goodPoints, improvements, wantedNext);
	}

	public Integer getSatisfaction() {
		return satisfaction;
	}

	public void setSatisfaction(Integer satisfaction) {
		this.satisfaction = satisfaction;
	}

	public String getGoodPoints() {
		return goodPoints;
	}

	public void setGoodPoints(String goodPoints) {
		this.goodPoints = goodPoints;
	}

	public String getImprovements() {
		return improvements;
	}

	public void setImprovements(String improvements) {
		this.improvements = improvements;
	}

	public String getWantedNext() {
		return wantedNext;
	}

	public void setWantedNext(String wantedNext) {
		this.wantedNext = wantedNext;
	}
}
