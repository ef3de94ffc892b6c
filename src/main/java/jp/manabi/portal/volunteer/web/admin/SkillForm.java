package jp.manabi.portal.volunteer.web.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.shared.validation.PlainText;

/**
 * Adding a group (no parent) or a skill under a group, or renaming one. The code is fixed once
 * made (profiles and requests are linked by id, but demo data and people read the code).
 */
public class SkillForm {

	private Long parentId;

	@NotBlank(groups = Adding.class)
	@Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "{volunteer.skills.error.codeFormat}", groups = Adding.class)
	private String code;

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String nameJa;

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String nameEn;

	@NotNull
	@Min(0)
	@Max(100000)
	private Integer position = 100;

	private boolean archived;

	/** Validation group: the code is only asked for when adding. */
	public interface Adding {
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameJa() {
		return nameJa;
	}

	public void setNameJa(String nameJa) {
		this.nameJa = nameJa;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public boolean isArchived() {
		return archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}
}
