package jp.manabi.portal.course.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseSession;
import jp.manabi.portal.shared.validation.PlainText;

/**
 * The course form: every field of {@link CourseDetails}, the session rows, and the version the
 * page was opened at. Lengths follow the columns of V20__course_tables.sql.
 */
public class CourseForm {

	/** No course meets more often than this; it also bounds what a crafted request can make us bind. */
	static final int MAX_SESSIONS = 100;

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String title;

	@Size(max = 200)
	@PlainText
	private String titleEn;

	@NotBlank
	@Size(max = 500)
	private String summary;

	@Size(max = 500)
	private String summaryEn;

	@Size(max = 10000)
	private String description;

	@NotBlank
	@Size(max = 40)
	private String categoryCode;

	@NotNull
	private OrganizerType organizerType = OrganizerType.DEPARTMENT;

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String organizerName;

	private Long venueId;

	private boolean online;

	@NotNull
	@Min(1)
	@Max(100000)
	private Integer capacity;

	@NotNull
	@Min(0)
	@Max(10000000)
	private Integer feeYen = 0;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate applicationOpensDate;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime applicationOpensTime;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate applicationClosesDate;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime applicationClosesTime;

	@NotNull
	private SelectionMethod selectionMethod = SelectionMethod.FIRST_COME;

	@NotNull
	private Eligibility eligibility = Eligibility.RESIDENTS_WORKERS_STUDENTS;

	@Min(0)
	@Max(120)
	private Integer minAge;

	@Min(0)
	@Max(120)
	private Integer maxAge;

	private boolean childcareOffered;

	@Min(1)
	@Max(1000)
	private Integer childcareCapacity;

	@Min(0)
	@Max(18)
	private Integer childcareMinAge;

	@Min(0)
	@Max(18)
	private Integer childcareMaxAge;

	private boolean easyJapanese;

	private boolean englishSupport;

	private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

	private List<SessionRow> sessions = new ArrayList<>();

	/** The plan actions (or measures) the course serves. */
	private Set<Long> planNodeIds = new java.util.LinkedHashSet<>();

	private Long version;

	/** A blank form with one empty session row. */
	static CourseForm blank() {
		var form = new CourseForm();
		form.ensureEmptyRow();
		return form;
	}

	/** The form for an existing course: its values, its sessions and one empty row to add another. */
	static CourseForm of(Course course) {
		var form = new CourseForm();
		var details = course.details();
		form.planNodeIds = new java.util.LinkedHashSet<>(course.getPlanNodeIds());
		form.title = details.title();
		form.titleEn = details.titleEn();
		form.summary = details.summary();
		form.summaryEn = details.summaryEn();
		form.description = details.description();
		form.categoryCode = details.categoryCode();
		form.organizerType = details.organizerType();
		form.organizerName = details.organizerName();
		form.venueId = details.venueId();
		form.online = details.online();
		form.capacity = details.capacity();
		form.feeYen = details.feeYen();
		var opens = LocalDateTime.ofInstant(details.applicationOpensAt(), Course.ZONE);
		form.applicationOpensDate = opens.toLocalDate();
		form.applicationOpensTime = opens.toLocalTime();
		var closes = LocalDateTime.ofInstant(details.applicationClosesAt(), Course.ZONE);
		form.applicationClosesDate = closes.toLocalDate();
		form.applicationClosesTime = closes.toLocalTime();
		form.selectionMethod = details.selectionMethod();
		form.eligibility = details.eligibility();
		form.minAge = details.minAge();
		form.maxAge = details.maxAge();
		form.childcareOffered = details.childcareOffered();
		form.childcareCapacity = details.childcareCapacity();
		form.childcareMinAge = details.childcareMinAge();
		form.childcareMaxAge = details.childcareMaxAge();
		form.easyJapanese = details.easyJapanese();
		form.englishSupport = details.englishSupport();
		form.audiences = details.audiences().isEmpty() ? EnumSet.noneOf(Audience.class)
				: EnumSet.copyOf(details.audiences());
		for (CourseSession session : course.getSessions()) {
			form.sessions.add(new SessionRow(session.getDate(), session.getStartsAt(), session.getEndsAt()));
		}
		form.version = course.getVersion();
		form.ensureEmptyRow();
		return form;
	}

	CourseDetails toDetails() {
		return new CourseDetails(title, titleEn, summary, summaryEn, description, categoryCode, organizerType,
				organizerName, venueId, online, capacity, feeYen, instant(applicationOpensDate, applicationOpensTime),
				instant(applicationClosesDate, applicationClosesTime), selectionMethod, eligibility, minAge, maxAge,
				childcareOffered, childcareOffered ? childcareCapacity : null,
				childcareOffered ? childcareMinAge : null, childcareOffered ? childcareMaxAge : null, easyJapanese,
				englishSupport, audiences == null ? Set.of() : audiences);
	}

	/** The rows staff filled in; empty rows are only room to type. */
	List<SessionTime> sessionTimes() {
		return sessions.stream().filter(row -> row != null && !row.isEmpty())
				.map(row -> new SessionTime(row.getDate(), row.getStartsAt(), row.getEndsAt())).toList();
	}

	Instant applicationOpensAt() {
		return instant(applicationOpensDate, applicationOpensTime);
	}

	Instant applicationClosesAt() {
		return instant(applicationClosesDate, applicationClosesTime);
	}

	private static Instant instant(LocalDate date, LocalTime time) {
		return date == null || time == null ? null : date.atTime(time).atZone(Course.ZONE).toInstant();
	}

	void addEmptyRow() {
		sessions.add(new SessionRow());
	}

	void removeRow(int index) {
		if (index >= 0 && index < sessions.size()) {
			sessions.remove(index);
		}
	}

	/** Keeps room to type one more session, without piling up empty rows. */
	void ensureEmptyRow() {
		sessions.replaceAll(row -> row == null ? new SessionRow() : row);
		if (sessions.isEmpty() || !sessions.get(sessions.size() - 1).isEmpty()) {
			addEmptyRow();
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getSummaryEn() {
		return summaryEn;
	}

	public void setSummaryEn(String summaryEn) {
		this.summaryEn = summaryEn;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public OrganizerType getOrganizerType() {
		return organizerType;
	}

	public void setOrganizerType(OrganizerType organizerType) {
		this.organizerType = organizerType;
	}

	public String getOrganizerName() {
		return organizerName;
	}

	public void setOrganizerName(String organizerName) {
		this.organizerName = organizerName;
	}

	public Long getVenueId() {
		return venueId;
	}

	public void setVenueId(Long venueId) {
		this.venueId = venueId;
	}

	public boolean isOnline() {
		return online;
	}

	public void setOnline(boolean online) {
		this.online = online;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Integer getFeeYen() {
		return feeYen;
	}

	public void setFeeYen(Integer feeYen) {
		this.feeYen = feeYen;
	}

	public LocalDate getApplicationOpensDate() {
		return applicationOpensDate;
	}

	public void setApplicationOpensDate(LocalDate applicationOpensDate) {
		this.applicationOpensDate = applicationOpensDate;
	}

	public LocalTime getApplicationOpensTime() {
		return applicationOpensTime;
	}

	public void setApplicationOpensTime(LocalTime applicationOpensTime) {
		this.applicationOpensTime = applicationOpensTime;
	}

	public LocalDate getApplicationClosesDate() {
		return applicationClosesDate;
	}

	public void setApplicationClosesDate(LocalDate applicationClosesDate) {
		this.applicationClosesDate = applicationClosesDate;
	}

	public LocalTime getApplicationClosesTime() {
		return applicationClosesTime;
	}

	public void setApplicationClosesTime(LocalTime applicationClosesTime) {
		this.applicationClosesTime = applicationClosesTime;
	}

	public SelectionMethod getSelectionMethod() {
		return selectionMethod;
	}

	public void setSelectionMethod(SelectionMethod selectionMethod) {
		this.selectionMethod = selectionMethod;
	}

	public Eligibility getEligibility() {
		return eligibility;
	}

	public void setEligibility(Eligibility eligibility) {
		this.eligibility = eligibility;
	}

	public Integer getMinAge() {
		return minAge;
	}

	public void setMinAge(Integer minAge) {
		this.minAge = minAge;
	}

	public Integer getMaxAge() {
		return maxAge;
	}

	public void setMaxAge(Integer maxAge) {
		this.maxAge = maxAge;
	}

	public boolean isChildcareOffered() {
		return childcareOffered;
	}

	public void setChildcareOffered(boolean childcareOffered) {
		this.childcareOffered = childcareOffered;
	}

	public Integer getChildcareCapacity() {
		return childcareCapacity;
	}

	public void setChildcareCapacity(Integer childcareCapacity) {
		this.childcareCapacity = childcareCapacity;
	}

	public Integer getChildcareMinAge() {
		return childcareMinAge;
	}

	public void setChildcareMinAge(Integer childcareMinAge) {
		this.childcareMinAge = childcareMinAge;
	}

	public Integer getChildcareMaxAge() {
		return childcareMaxAge;
	}

	public void setChildcareMaxAge(Integer childcareMaxAge) {
		this.childcareMaxAge = childcareMaxAge;
	}

	public boolean isEasyJapanese() {
		return easyJapanese;
	}

	public void setEasyJapanese(boolean easyJapanese) {
		this.easyJapanese = easyJapanese;
	}

	public boolean isEnglishSupport() {
		return englishSupport;
	}

	public void setEnglishSupport(boolean englishSupport) {
		this.englishSupport = englishSupport;
	}

	public Set<Long> getPlanNodeIds() {
		return planNodeIds;
	}

	public void setPlanNodeIds(Set<Long> planNodeIds) {
		this.planNodeIds = planNodeIds == null ? new java.util.LinkedHashSet<>() : planNodeIds;
	}

	public Set<Audience> getAudiences() {
		return audiences;
	}

	public void setAudiences(Set<Audience> audiences) {
		this.audiences = audiences;
	}

	public List<SessionRow> getSessions() {
		return sessions;
	}

	public void setSessions(List<SessionRow> sessions) {
		this.sessions = sessions;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
