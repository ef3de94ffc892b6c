package jp.manabi.portal.course.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.shared.time.TimeBand;
import jp.manabi.portal.shared.Languages;
import jp.manabi.portal.shared.search.JapaneseAnalysis;

/**
 * A course (講座) with its sessions. The aggregate root: sessions and audiences change only
 * through it. Indexed for the catalogue search; fields derived from the sessions (days, time
 * bands, weekends) are indexed too, so every facet is answered by the index alone.
 */
@Entity
@Table(name = "course")
@Indexed(index = "course")
public class Course {

	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	@FullTextField(name = "title_bigram", analyzer = JapaneseAnalysis.BIGRAM)
	private String title;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	private String titleEn;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	@FullTextField(name = "summary_bigram", analyzer = JapaneseAnalysis.BIGRAM)
	private String summary;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	private String summaryEn;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	@FullTextField(name = "description_bigram", analyzer = JapaneseAnalysis.BIGRAM)
	private String description = "";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_code")
	@IndexedEmbedded(includePaths = { "code", "nameJa", "nameJa_bigram", "nameEn" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private CourseCategory category;

	@Enumerated(EnumType.STRING)
	private OrganizerType organizerType;

	@FullTextField(analyzer = JapaneseAnalysis.JAPANESE)
	@FullTextField(name = "organizerName_bigram", analyzer = JapaneseAnalysis.BIGRAM)
	private String organizerName;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "venue_id")
	@IndexedEmbedded(includePaths = { "id", "name", "name_bigram", "areaCode" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Venue venue;

	@GenericField(aggregable = Aggregable.YES)
	private boolean online;

	private int capacity;

	@GenericField(sortable = Sortable.YES)
	private int feeYen;

	@GenericField
	private Instant applicationOpensAt;

	@GenericField(sortable = Sortable.YES)
	private Instant applicationClosesAt;

	@GenericField(sortable = Sortable.YES)
	private Instant firstSessionStartsAt;

	@GenericField
	private Instant lastSessionEndsAt;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private SelectionMethod selectionMethod;

	@Enumerated(EnumType.STRING)
	private Eligibility eligibility;

	private Integer minAge;

	private Integer maxAge;

	@GenericField(aggregable = Aggregable.YES)
	private boolean childcareOffered;

	private Integer childcareCapacity;

	private Integer childcareMinAge;

	private Integer childcareMaxAge;

	@GenericField
	private boolean easyJapanese;

	@GenericField
	private boolean englishSupport;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private CourseStatus status = CourseStatus.DRAFT;

	private String cancelReason;

	@GenericField(sortable = Sortable.YES, searchable = Searchable.NO)
	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "course_audience", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "audience")
	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

	/** The plan actions (or measures) this course serves, by node id. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "course_plan_node", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "plan_node_id")
	private Set<Long> planNodeIds = new LinkedHashSet<>();

	/** The linked nodes and all their ancestors: what the course counts toward at every level. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "course_plan_scope", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "plan_node_id")
	@GenericField(name = "planScope", aggregable = Aggregable.YES)
	private Set<Long> planScope = new LinkedHashSet<>();

	@OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CourseSession> sessions = new ArrayList<>();

	@OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CourseQuestion> questions = new ArrayList<>();

	private Instant cancellationDeadline;

	private Instant promotionCutoff;

	private boolean lotteryResidentsFirst;

	private Integer lotteryFirstTimerMonths;

	private Instant lotteryConfirmBy;

	private Instant reminderSentAt;

	protected Course() {
	}

	public Course(CourseDetails details, CourseCategory category, Venue venue) {
		update(details, category, venue);
	}

	public final void update(CourseDetails details, CourseCategory category, Venue venue) {
		this.title = details.title();
		this.titleEn = details.titleEn();
		this.summary = details.summary();
		this.summaryEn = details.summaryEn();
		this.description = details.description() == null ? "" : details.description();
		this.category = category;
		this.organizerType = details.organizerType();
		this.organizerName = details.organizerName();
		this.venue = venue;
		this.online = details.online();
		this.capacity = details.capacity();
		this.feeYen = details.feeYen();
		this.applicationOpensAt = details.applicationOpensAt();
		this.applicationClosesAt = details.applicationClosesAt();
		this.selectionMethod = details.selectionMethod();
		this.eligibility = details.eligibility();
		this.minAge = details.minAge();
		this.maxAge = details.maxAge();
		this.childcareOffered = details.childcareOffered();
		this.childcareCapacity = details.childcareOffered() ? details.childcareCapacity() : null;
		this.childcareMinAge = details.childcareOffered() ? details.childcareMinAge() : null;
		this.childcareMaxAge = details.childcareOffered() ? details.childcareMaxAge() : null;
		this.easyJapanese = details.easyJapanese();
		this.englishSupport = details.englishSupport();
		this.audiences = details.audiences().isEmpty() ? EnumSet.noneOf(Audience.class)
				: EnumSet.copyOf(details.audiences());
	}

	/**
	 * Replaces every session; they are kept in date order. Existing rows are rescheduled in place
	 * rather than deleted and inserted again: Hibernate inserts before it deletes orphans, which
	 * would break the unique (course_id, position) on every edit.
	 */
	public void replaceSessions(List<SessionTime> times) {
		var sorted = new ArrayList<>(times);
		sorted.sort(Comparator.comparing(SessionTime::date).thenComparing(SessionTime::startsAt));
		while (sessions.size() > sorted.size()) {
			sessions.remove(sessions.size() - 1);
		}
		for (int position = 0; position < sorted.size(); position++) {
			var time = sorted.get(position);
			if (position < sessions.size()) {
				sessions.get(position).reschedule(time.date(), time.startsAt(), time.endsAt());
			}
			else {
				sessions.add(new CourseSession(this, position, time.date(), time.startsAt(), time.endsAt()));
			}
		}
		firstSessionStartsAt = sorted.isEmpty() ? null
				: sorted.get(0).date().atTime(sorted.get(0).startsAt()).atZone(ZONE).toInstant();
		var last = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
		lastSessionEndsAt = last == null ? null : last.date().atTime(last.endsAt()).atZone(ZONE).toInstant();
	}

	/** A session's date and times, before it belongs to a course. */
	public record SessionTime(LocalDate date, LocalTime startsAt, LocalTime endsAt) {
	}

	/** Links the course to plan nodes; {@code scope} is those nodes with all their ancestors. */
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

	public Set<Long> getPlanNodeIds() {
		return Collections.unmodifiableSet(planNodeIds);
	}

	/**
	 * Sets the application rules. Deadlines must fall before the first session, and a lottery's
	 * confirmation deadline after its window closes.
	 */
	public void changeApplicationRules(ApplicationRules rules) {
		if (rules.cancellationDeadline() != null && firstSessionStartsAt != null
				&& rules.cancellationDeadline().isAfter(firstSessionStartsAt)) {
			throw new CourseRuleViolation("cancellationDeadline", "course.rules.cancellationAfterStart");
		}
		if (rules.promotionCutoff() != null && firstSessionStartsAt != null
				&& rules.promotionCutoff().isAfter(firstSessionStartsAt)) {
			throw new CourseRuleViolation("promotionCutoff", "course.rules.cutoffAfterStart");
		}
		if (rules.lotteryConfirmBy() != null && (!rules.lotteryConfirmBy().isAfter(applicationClosesAt)
				|| firstSessionStartsAt != null && rules.lotteryConfirmBy().isAfter(firstSessionStartsAt))) {
			throw new CourseRuleViolation("lotteryConfirmBy", "course.rules.confirmOutsideWindow");
		}
		this.cancellationDeadline = rules.cancellationDeadline();
		this.promotionCutoff = rules.promotionCutoff();
		this.lotteryResidentsFirst = rules.lotteryResidentsFirst();
		this.lotteryFirstTimerMonths = rules.lotteryFirstTimerMonths();
		this.lotteryConfirmBy = rules.lotteryConfirmBy();
	}

	public ApplicationRules applicationRules() {
		return new ApplicationRules(cancellationDeadline, promotionCutoff, lotteryResidentsFirst,
				lotteryFirstTimerMonths, lotteryConfirmBy);
	}

	/** Until when residents may cancel themselves: the deadline, or the start of the first session. */
	public Instant cancellableUntil() {
		return cancellationDeadline != null ? cancellationDeadline : firstSessionStartsAt;
	}

	/** Until when a freed place goes to the next on the waiting list. */
	public Instant promotableUntil() {
		return promotionCutoff != null ? promotionCutoff : firstSessionStartsAt;
	}

	/**
	 * Replaces the application form's questions, keeping each question's row by position so that
	 * answers given to it stay attached (the service allows this only before anyone applied).
	 */
	public void replaceQuestions(List<CourseQuestion.Definition> definitions) {
		while (questions.size() > definitions.size()) {
			questions.remove(questions.size() - 1);
		}
		for (int position = 0; position < definitions.size(); position++) {
			if (position < questions.size()) {
				questions.get(position).redefine(definitions.get(position));
			}
			else {
				questions.add(new CourseQuestion(this, position, definitions.get(position)));
			}
		}
	}

	public List<CourseQuestion> getQuestions() {
		return Collections.unmodifiableList(questions);
	}

	/** The reminder before the first session went out; it goes once. */
	public void markReminderSent(Instant now) {
		this.reminderSentAt = now;
	}

	public Instant getReminderSentAt() {
		return reminderSentAt;
	}

	public void publish() {
		status = CourseStatus.PUBLISHED;
		cancelReason = null;
	}

	public void unpublish() {
		status = CourseStatus.DRAFT;
	}

	public void cancel(String reason) {
		status = CourseStatus.CANCELLED;
		cancelReason = reason;
	}

	public void markHeld() {
		status = CourseStatus.HELD;
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	/** 受付中: published and inside the application window. */
	public boolean isAccepting(Instant now) {
		return status == CourseStatus.PUBLISHED && !now.isBefore(applicationOpensAt) && now.isBefore(applicationClosesAt);
	}

	public boolean isFree() {
		return feeYen == 0;
	}

	// Facet values derived from the sessions, kept in the index so facets need no database.

	@KeywordField(name = "days", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "sessions")),
			@ObjectPath({ @PropertyValue(propertyName = "sessions"), @PropertyValue(propertyName = "date") }) })
	public Set<String> getSessionDays() {
		var days = new LinkedHashSet<String>();
		sessions.forEach(s -> days.add(s.dayOfWeek().name()));
		return days;
	}

	@KeywordField(name = "timeBands", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "sessions")),
			@ObjectPath({ @PropertyValue(propertyName = "sessions"), @PropertyValue(propertyName = "startsAt") }) })
	public Set<String> getTimeBands() {
		var bands = new LinkedHashSet<String>();
		sessions.forEach(s -> bands.add(s.timeBand().name()));
		return bands;
	}

	@GenericField(name = "weekend", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "sessions")),
			@ObjectPath({ @PropertyValue(propertyName = "sessions"), @PropertyValue(propertyName = "date") }) })
	public boolean isOnWeekends() {
		return sessions.stream().anyMatch(CourseSession::onWeekend);
	}

	@GenericField(name = "free", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "feeYen")))
	public boolean isFreeOfCharge() {
		return feeYen == 0;
	}

	public boolean hasEveningSessions() {
		return sessions.stream().anyMatch(s -> s.timeBand() == TimeBand.EVENING);
	}

	public String title(Locale locale) {
		return Languages.isEnglish(locale) && titleEn != null && !titleEn.isBlank() ? titleEn : title;
	}

	public String summary(Locale locale) {
		return Languages.isEnglish(locale) && summaryEn != null && !summaryEn.isBlank() ? summaryEn : summary;
	}

	public CourseDetails details() {
		return new CourseDetails(title, titleEn, summary, summaryEn, description, category.getCode(), organizerType,
				organizerName, venue == null ? null : venue.getId(), online, capacity, feeYen, applicationOpensAt,
				applicationClosesAt, selectionMethod, eligibility, minAge, maxAge, childcareOffered, childcareCapacity,
				childcareMinAge, childcareMaxAge, easyJapanese, englishSupport, audiences);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getTitle() {
		return title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public String getSummary() {
		return summary;
	}

	public String getDescription() {
		return description;
	}

	public CourseCategory getCategory() {
		return category;
	}

	public OrganizerType getOrganizerType() {
		return organizerType;
	}

	public String getOrganizerName() {
		return organizerName;
	}

	public Venue getVenue() {
		return venue;
	}

	public boolean isOnline() {
		return online;
	}

	public int getCapacity() {
		return capacity;
	}

	public int getFeeYen() {
		return feeYen;
	}

	public Instant getApplicationOpensAt() {
		return applicationOpensAt;
	}

	public Instant getApplicationClosesAt() {
		return applicationClosesAt;
	}

	public Instant getFirstSessionStartsAt() {
		return firstSessionStartsAt;
	}

	public Instant getLastSessionEndsAt() {
		return lastSessionEndsAt;
	}

	public SelectionMethod getSelectionMethod() {
		return selectionMethod;
	}

	public Eligibility getEligibility() {
		return eligibility;
	}

	public Integer getMinAge() {
		return minAge;
	}

	public Integer getMaxAge() {
		return maxAge;
	}

	public boolean isChildcareOffered() {
		return childcareOffered;
	}

	public Integer getChildcareCapacity() {
		return childcareCapacity;
	}

	public Integer getChildcareMinAge() {
		return childcareMinAge;
	}

	public Integer getChildcareMaxAge() {
		return childcareMaxAge;
	}

	public boolean isEasyJapanese() {
		return easyJapanese;
	}

	public boolean isEnglishSupport() {
		return englishSupport;
	}

	public CourseStatus getStatus() {
		return status;
	}

	public String getCancelReason() {
		return cancelReason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Set<Audience> getAudiences() {
		return Collections.unmodifiableSet(audiences);
	}

	public List<CourseSession> getSessions() {
		return Collections.unmodifiableList(sessions);
	}
}
