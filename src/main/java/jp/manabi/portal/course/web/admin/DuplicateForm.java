package jp.manabi.portal.course.web.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Copying a course for a new term: every date moves by whole weeks, so sessions keep their weekday. */
public class DuplicateForm {

	/** A year later on the same weekday. */
	static final int DEFAULT_WEEKS = 52;

	@NotNull
	@Min(1)
	@Max(520)
	private Integer weeks = DEFAULT_WEEKS;

	public Integer getWeeks() {
		return weeks;
	}

	public void setWeeks(Integer weeks) {
		this.weeks = weeks;
	}
}
