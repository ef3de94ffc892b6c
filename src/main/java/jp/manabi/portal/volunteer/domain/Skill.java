package jp.manabi.portal.volunteer.domain;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import jp.manabi.portal.shared.Languages;

/**
 * A node of the skills tree staff keep (語学 > 英語). Groups have no parent; volunteers and
 * requests pick the skills under them. An archived skill stays on old profiles but is not offered.
 */
@Entity
@Table(name = "volunteer_skill")
public class Skill {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Skill parent;

	private String code;

	private String nameJa;

	private String nameEn;

	private int position;

	private boolean archived;

	protected Skill() {
	}

	public Skill(Skill parent, String code, String nameJa, String nameEn, int position) {
		this.parent = parent;
		this.code = code;
		rename(nameJa, nameEn, position);
	}

	public final void rename(String nameJa, String nameEn, int position) {
		this.nameJa = nameJa;
		this.nameEn = nameEn;
		this.position = position;
	}

	public void archive(boolean archived) {
		this.archived = archived;
	}

	public Long getId() {
		return id;
	}

	public Skill getParent() {
		return parent;
	}

	public boolean isGroup() {
		return parent == null;
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

	public boolean isArchived() {
		return archived;
	}
}
