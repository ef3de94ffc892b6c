package jp.manabi.portal.course.web.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.course.domain.CourseCategory;
import jp.manabi.portal.shared.validation.PlainText;

/**
 * A course category. The code goes into URLs (search filters) and import files, so it is plain
 * lowercase ASCII and is fixed once created.
 */
public class CategoryForm {

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[a-z0-9-]+", message = "{course-admin.validation.categoryCode}")
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
	private Integer position;

	static CategoryForm of(CourseCategory category) {
		var form = new CategoryForm();
		form.code = category.getCode();
		form.nameJa = category.getNameJa();
		form.nameEn = category.getNameEn();
		form.position = category.getPosition();
		return form;
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
}
