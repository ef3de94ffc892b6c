package jp.manabi.portal.volunteer.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The shifts a volunteer applies for, with an optional message to the coordinators. */
public class ApplyForm {

	static final String MULTILINE_PLAIN_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	@NotEmpty(message = "{volunteer.apply.field.shifts.required}")
	@Size(max = 50)
	private List<Long> shiftIds = new ArrayList<>();

	@Size(max = 1000)
	@Pattern(regexp = MULTILINE_PLAIN_TEXT, message = "{validation.plainText}")
	private String message;

	public List<Long> getShiftIds() {
		return shiftIds;
	}

	public void setShiftIds(List<Long> shiftIds) {
		this.shiftIds = shiftIds;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}
}
