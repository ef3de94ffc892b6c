package jp.manabi.portal.plan.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new goal, or a new child of a node: its code, then the same texts as an edit. */
public class NewNodeForm extends NodeForm {

	/** Codes become part of public addresses: no spaces, slashes or URL delimiters. */
	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[^\\p{javaWhitespace}\\p{Z}\\p{Cntrl}/\\\\?#%]*", message = "{plan.node.error.codeFormat}")
	private String code;

	private Long parentId;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}
}
