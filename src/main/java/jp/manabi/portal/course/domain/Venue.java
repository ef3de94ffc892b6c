package jp.manabi.portal.course.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jp.manabi.portal.shared.Languages;
import jp.manabi.portal.shared.search.JapaneseAnalysis;

/** Where courses take place: a facility and room, with how to get there and barrier-free notes. */
@Entity
@Table(name = "venue")
public class Venue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@GenericField(aggregable = Aggregable.YES)
	private Long id;

	@Version
	private long version;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	@FullTextField(name = "name_bigram", analyzer = JapaneseAnalysis.BIGRAM)
	private String name;

	private String nameEn;

	private String room;

	private String address;

	private String access;

	private String barrierFreeNotes;

	@KeywordField(aggregable = Aggregable.YES)
	private String areaCode;

	private Instant createdAt = Instant.now();

	protected Venue() {
	}

	public Venue(String name, String nameEn, String room, String address, String access, String barrierFreeNotes,
			String areaCode) {
		update(name, nameEn, room, address, access, barrierFreeNotes, areaCode);
	}

	public final void update(String name, String nameEn, String room, String address, String access,
			String barrierFreeNotes, String areaCode) {
		this.name = name;
		this.nameEn = nameEn;
		this.room = room;
		this.address = address;
		this.access = access;
		this.barrierFreeNotes = barrierFreeNotes;
		this.areaCode = areaCode;
	}

	public String name(Locale locale) {
		return Languages.isEnglish(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getRoom() {
		return room;
	}

	public String getAddress() {
		return address;
	}

	public String getAccess() {
		return access;
	}

	public String getBarrierFreeNotes() {
		return barrierFreeNotes;
	}

	public String getAreaCode() {
		return areaCode;
	}
}
