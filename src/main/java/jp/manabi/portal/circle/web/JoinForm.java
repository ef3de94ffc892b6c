package jp.manabi.portal.circle.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.circle.domain.JoinMessage;

/**
 * A message in a join request's thread (the first one, or a reply): plain text, several lines
 * allowed, no other control characters.
 */
public class JoinForm {

	static final String MULTILINE_PLAIN_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	@NotBlank
	@Size(max = JoinMessage.MAX_BODY)
	@Pattern(regexp = MULTILINE_PLAIN_TEXT, message = "{validation.plainText}")
	private String message;

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}
}
