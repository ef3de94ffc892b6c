package jp.manabi.portal.circle.domain;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jp.manabi.portal.shared.Languages;
import jp.manabi.portal.shared.search.JapaneseAnalysis;

/** A circle category (文化・芸術, 語学・国際交流 …); seeded by the migration. */
@Entity
@Table(name = "circle_category")
public class CircleCategory {

	@Id
	@KeywordField(aggregable = Aggregable.YES)
	private String code;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	@FullTextField(name = "nameJa_bigram", analyzer = JapaneseAnalysis.BIGRAM)
	private String nameJa;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	private String nameEn;

	private int position;

	protected CircleCategory() {
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
}
