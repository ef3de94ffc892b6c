package jp.manabi.portal.plan.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

import jp.manabi.portal.plan.PlanLevel;
import jp.manabi.portal.shared.Languages;

/** A municipal plan: its own title, period, 基本理念 and names for its four levels. */
@Entity
@Table(name = "plan")
public class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String code;

	private String municipality;

	private String municipalityEn;

	private String title;

	private Integer periodStart;

	private Integer periodEnd;

	private String vision;

	private String note;

	private String level1Name;

	private String level2Name;

	private String level3Name;

	private String level4Name;

	private String level1NameEn;

	private String level2NameEn;

	private String level3NameEn;

	private String level4NameEn;

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.ACTIVE;

	/** Noting which file was read is not an edit: it must not make a form open elsewhere stale. */
	@OptimisticLock(excluded = true)
	private String contentHash;

	private Instant createdAt = Instant.now();

	@OptimisticLock(excluded = true)
	private Instant updatedAt = Instant.now();

	protected Plan() {
	}

	Plan(String code) {
		this.code = code;
	}

	/**
	 * Takes the plan-level fields of a file, touching only what differs, so that importing the
	 * same content again leaves the row (and its version) as it was.
	 *
	 * @return whether anything changed
	 */
	boolean describe(PlanDocument file) {
		boolean changed = false;
		changed |= !Objects.equals(municipality, file.municipality());
		changed |= !Objects.equals(municipalityEn, file.municipalityEn());
		changed |= !Objects.equals(title, file.title());
		changed |= !Objects.equals(periodStart, file.periodStart());
		changed |= !Objects.equals(periodEnd, file.periodEnd());
		changed |= !Objects.equals(vision, file.vision());
		changed |= !Objects.equals(note, file.note());
		changed |= !levels().equals(file.levels());
		changed |= !Objects.equals(levelsEnOrNull(), file.levelsEn());
		if (!changed) {
			return false;
		}
		municipality = file.municipality();
		municipalityEn = file.municipalityEn();
		title = file.title();
		periodStart = file.periodStart();
		periodEnd = file.periodEnd();
		vision = file.vision();
		note = file.note();
		level1Name = file.levels().get(0);
		level2Name = file.levels().get(1);
		level3Name = file.levels().get(2);
		level4Name = file.levels().get(3);
		List<String> en = file.levelsEn() == null ? Arrays.asList(null, null, null, null) : file.levelsEn();
		level1NameEn = en.get(0);
		level2NameEn = en.get(1);
		level3NameEn = en.get(2);
		level4NameEn = en.get(3);
		updatedAt = Instant.now();
		return true;
	}

	void recordContentHash(String hash) {
		this.contentHash = hash;
	}

	void changeStatus(PlanStatus newStatus) {
		if (status != newStatus) {
			status = newStatus;
			updatedAt = Instant.now();
		}
	}

	public List<String> levels() {
		// Nulls only on a plan being created, before the file's names are taken.
		return Collections.unmodifiableList(Arrays.asList(level1Name, level2Name, level3Name, level4Name));
	}

	/** The English names, or null when the file gave none. */
	public List<String> levelsEnOrNull() {
		if (level1NameEn == null && level2NameEn == null && level3NameEn == null && level4NameEn == null) {
			return null;
		}
		return Collections.unmodifiableList(Arrays.asList(level1NameEn, level2NameEn, level3NameEn, level4NameEn));
	}

	/** The plan's own name for a level; in English when it has one, else the Japanese name. */
	public String levelName(PlanLevel level, Locale locale) {
		int i = level.ordinal();
		List<String> en = levelsEnOrNull();
		if (Languages.isEnglish(locale) && en != null && en.get(i) != null) {
			return en.get(i);
		}
		return levels().get(i);
	}

	public String municipalityName(Locale locale) {
		return Languages.isEnglish(locale) && municipalityEn != null ? municipalityEn : municipality;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getCode() {
		return code;
	}

	public String getMunicipality() {
		return municipality;
	}

	public String getMunicipalityEn() {
		return municipalityEn;
	}

	public String getTitle() {
		return title;
	}

	public Integer getPeriodStart() {
		return periodStart;
	}

	public Integer getPeriodEnd() {
		return periodEnd;
	}

	public String getVision() {
		return vision;
	}

	public String getNote() {
		return note;
	}

	public PlanStatus getStatus() {
		return status;
	}

	public String getContentHash() {
		return contentHash;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
