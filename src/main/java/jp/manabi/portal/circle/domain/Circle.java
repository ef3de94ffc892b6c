package jp.manabi.portal.circle.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.shared.search.JapaneseAnalysis;

/**
 * A learning circle (サークル・団体): the aggregate root for its schedule rules and plan links.
 * Indexed for the public search; the day and time-band facets come from the schedule rules, so
 * the index alone answers every filter. Only a REGISTERED circle whose registration has not
 * lapsed is listed publicly ({@link #isListed(LocalDate)}).
 */
@Entity
@Table(name = "circle")
@Indexed(index = "circle")
public class Circle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	@FullTextField(name = "name_bigram", analyzer = JapaneseAnalysis.BIGRAM)
	@KeywordField(name = "name_sort", sortable = Sortable.YES, searchable = Searchable.NO)
	private String name;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	@FullTextField(name = "description_bigram", analyzer = JapaneseAnalysis.BIGRAM)
	private String description;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_code")
	@IndexedEmbedded(includePaths = { "code", "nameJa", "nameJa_bigram", "nameEn" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private CircleCategory category;

	@KeywordField(aggregable = Aggregable.YES)
	private String areaCode;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	private String venue;

	private int memberCount;

	@GenericField(aggregable = Aggregable.YES)
	private boolean recruiting;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	private String recruitingWhom;

	@GenericField(sortable = Sortable.YES)
	private int feeYen;

	@Enumerated(EnumType.STRING)
	private FeePeriod feePeriod = FeePeriod.MONTH;

	private String feeNote;

	@GenericField(aggregable = Aggregable.YES)
	private boolean beginnersWelcome;

	private Long imageId;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private CircleStatus status = CircleStatus.PENDING;

	private String statusComment;

	@GenericField
	private LocalDate validUntil;

	private LocalDate lapseNoticeFor;

	private Instant changedAt;

	private Instant approvedAt;

	/** The leader renewed for the next fiscal year; staff have not yet checked it. */
	private Instant renewedAt;

	@GenericField(sortable = Sortable.YES, searchable = Searchable.NO)
	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@OneToMany(mappedBy = "circle", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ScheduleRule> scheduleRules = new ArrayList<>();

	/** The plan actions (or measures) the circle relates to, by node id. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "circle_plan_node", joinColumns = @JoinColumn(name = "circle_id"))
	@Column(name = "plan_node_id")
	private Set<Long> planNodeIds = new LinkedHashSet<>();

	/** The linked nodes and all their ancestors: what the circle counts toward at every level. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "circle_plan_scope", joinColumns = @JoinColumn(name = "circle_id"))
	@Column(name = "plan_node_id")
	@GenericField(name = "planScope", aggregable = Aggregable.YES)
	private Set<Long> planScope = new LinkedHashSet<>();

	protected Circle() {
	}

	public Circle(CircleDetails details, CircleCategory category) {
		update(details, category);
	}

	public final void update(CircleDetails details, CircleCategory category) {
		this.name = details.name();
		this.description = details.description();
		this.category = category;
		this.areaCode = details.areaCode();
		this.venue = details.venue();
		this.memberCount = details.memberCount();
		this.recruiting = details.recruiting();
		this.recruitingWhom = details.recruiting() ? details.recruitingWhom() : null;
		this.feeYen = details.feeYen();
		this.feePeriod = details.feePeriod() == null ? FeePeriod.MONTH : details.feePeriod();
		this.feeNote = details.feeNote();
		this.beginnersWelcome = details.beginnersWelcome();
	}

	public CircleDetails details() {
		return new CircleDetails(name, description, areaCode, venue, memberCount, recruiting, recruitingWhom, feeYen,
				feePeriod, feeNote, beginnersWelcome);
	}

	/**
	 * Replaces the schedule. Existing rows are changed in place rather than deleted and inserted
	 * again: Hibernate inserts before it deletes orphans, which would break the unique
	 * (circle_id, position).
	 */
	public void replaceSchedule(List<ScheduleRule.Meeting> meetings) {
		while (scheduleRules.size() > meetings.size()) {
			scheduleRules.remove(scheduleRules.size() - 1);
		}
		for (int position = 0; position < meetings.size(); position++) {
			if (position < scheduleRules.size()) {
				scheduleRules.get(position).set(meetings.get(position));
			}
			else {
				scheduleRules.add(new ScheduleRule(this, position, meetings.get(position)));
			}
		}
	}

	/** Links the circle to plan nodes; {@code scope} is those nodes with all their ancestors. */
	public void linkToPlan(Set<Long> nodeIds, Set<Long> scope) {
		if (!planNodeIds.equals(nodeIds)) {
			planNodeIds.clear();
			planNodeIds.addAll(nodeIds);
		}
		if (!planScope.equals(scope)) {
			planScope.clear();
			planScope.addAll(scope);
		}
	}

	/** Public lists and pages show the circle: registered, and the registration not lapsed. */
	public boolean isListed(LocalDate today) {
		return status == CircleStatus.REGISTERED && validUntil != null && !validUntil.isBefore(today);
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	// Status changes: the review workflow's service decides who may make them and when.

	void changeStatus(CircleStatus status, String comment) {
		this.status = status;
		this.statusComment = comment;
	}

	void registerUntil(LocalDate validUntil, Instant approvedAt) {
		this.validUntil = validUntil;
		if (this.approvedAt == null) {
			this.approvedAt = approvedAt;
		}
	}

	void lapseNoticeSent() {
		this.lapseNoticeFor = validUntil;
	}

	void changedByLeader(Instant at) {
		this.changedAt = at;
	}

	void changesChecked() {
		this.changedAt = null;
	}

	void useImage(Long imageId) {
		this.imageId = imageId;
	}

	void renewedByLeader(LocalDate validUntil, Instant at) {
		this.validUntil = validUntil;
		this.renewedAt = at;
	}

	void renewalChecked() {
		this.renewedAt = null;
	}

	@KeywordField(name = "days", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "scheduleRules")))
	public Set<String> getMeetingDays() {
		var days = new LinkedHashSet<String>();
		scheduleRules.forEach(r -> days.add(r.day().name()));
		return days;
	}

	@KeywordField(name = "timeBands", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "scheduleRules")))
	public Set<String> getTimeBands() {
		var bands = new LinkedHashSet<String>();
		scheduleRules.forEach(r -> bands.add(r.timeBand().name()));
		return bands;
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

	public String getDescription() {
		return description;
	}

	public CircleCategory getCategory() {
		return category;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public String getVenue() {
		return venue;
	}

	public int getMemberCount() {
		return memberCount;
	}

	public boolean isRecruiting() {
		return recruiting;
	}

	public String getRecruitingWhom() {
		return recruitingWhom;
	}

	public int getFeeYen() {
		return feeYen;
	}

	public FeePeriod getFeePeriod() {
		return feePeriod;
	}

	public String getFeeNote() {
		return feeNote;
	}

	public boolean isBeginnersWelcome() {
		return beginnersWelcome;
	}

	public Long getImageId() {
		return imageId;
	}

	public CircleStatus getStatus() {
		return status;
	}

	public String getStatusComment() {
		return statusComment;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public LocalDate getLapseNoticeFor() {
		return lapseNoticeFor;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public Instant getRenewedAt() {
		return renewedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<ScheduleRule> getScheduleRules() {
		return Collections.unmodifiableList(scheduleRules);
	}

	public Set<Long> getPlanNodeIds() {
		return Collections.unmodifiableSet(planNodeIds);
	}

	public Set<Long> getPlanScope() {
		return Collections.unmodifiableSet(planScope);
	}
}
