package jp.manabi.portal.circle.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.circle.domain.JoinMessage;

/** Declining a join request, with an optional note to the resident that goes into the thread. */
public class JoinDeclineForm {

	@Size(max = JoinMessage.MAX_BODY)
	@Pattern(regexp = JoinForm.MULTILINE_PLAIN_TEXT, message = "{validation.plainText}")
	private String note;

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
