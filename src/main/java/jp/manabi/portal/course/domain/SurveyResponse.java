package jp.manabi.portal.course.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * One participant's answer to a course's satisfaction survey (アンケート). Keyed by the
 * application, so one answer per participant per course; the answer is anonymous to staff.
 */
@Entity
@Table(name = "course_survey_response")
public class SurveyResponse implements Persistable<Long> {

	@Id
	private Long applicationId;

	private long courseId;

	private short satisfaction;

	private String goodPoints;

	private String improvements;

	private String wantedNext;

	private Instant answeredAt;

	/** A new answer is always inserted, never merged into an earlier one: the key refuses a second. */
	@Transient
	private boolean isNew;

	protected SurveyResponse() {
	}

	SurveyResponse(long applicationId, long courseId, SurveyAnswer answer, Instant now) {
		this.applicationId = applicationId;
		this.courseId = courseId;
		this.satisfaction = (short) answer.satisfaction();
		this.goodPoints = answer.goodPoints();
		this.improvements = answer.improvements();
		this.wantedNext = answer.wantedNext();
		this.answeredAt = now;
		this.isNew = true;
	}

	@Override
	public Long getId() {
		return applicationId;
	}

	@Override
	public boolean isNew() {
		return isNew;
	}

	public long getCourseId() {
		return courseId;
	}

	public int getSatisfaction() {
		return satisfaction;
	}

	public String getGoodPoints() {
		return goodPoints;
	}

	public String getImprovements() {
		return improvements;
	}

	public String getWantedNext() {
		return wantedNext;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}
}
