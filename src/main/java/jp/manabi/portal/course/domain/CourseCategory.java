package jp.manabi.portal.course.domain;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jp.manabi.portal.shared.Languages;
import jp.manabi.portal.shared.search.JapaneseAnalysis;

/** A course category (e.g. 語学, IT・スマホ, 防災), managed by staff. */
@Entity
@Table(name = "course_category")
public class CourseCategory {

	@Id
	@KeywordField(aggregable = Aggregable.YES)
	private String code;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	@FullTextField(name = "nameJa_bigram", analyzer = JapaneseAnalysis.BIGRAM)
	private String nameJa;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	private String nameEn;

	private int position;

	protected CourseCategory() {
	}

	public CourseCategory(String code, String nameJa, String nameEn, int position) {
		this.code = code;
		this.nameJa = nameJa;
		this.nameEn = nameEn;
		this.position = position;
	}

	public String getCode() {
		return code;
	}

	public String getNameJa() {
		return nameJa;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String name(Locale locale) {
		return Languages.isEnglish(locale) ? nameEn : nameJa;
	}

	public int getPosition() {
		return position;
	}

	public void rename(String nameJa, String nameEn, int position) {
		this.nameJa = nameJa;
		this.nameEn = nameEn;
		this.position = position;
	}
}
