package jp.manabi.portal.course.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jp.manabi.portal.course.ApplicationStatus;

/**
 * One person's application for one course: a resident's own, or one staff took at the counter
 * for someone without an account ({@link Applicant}). Status changes go through the methods
 * here and are recorded by {@link ApplicationHistory} with who made them and why.
 */
@Entity
@Table(name = "course_application")
public class CourseApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long courseId;

	/** Null while an application taken at the counter is not yet claimed by an account. */
	private Long accountId;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private Instant appliedAt;

	private Instant decidedAt;

	private Instant cancelledAt;

	private String cancelReason;

	private Long cancelledBy;

	private String applicantName;

	private String applicantFurigana;

	private String applicantPhone;

	private String applicantEmail;

	private String applicantAreaCode;

	private Long enteredBy;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "childcare_ages", columnDefinition = "integer[]")
	private List<Integer> childcareAges = new ArrayList<>();

	private String needs;

	private String note;

	private Integer lotteryTier;

	private Integer lotteryRank;

	private Boolean lotteryWon;

	private Instant offerExpiresAt;

	@ElementCollection
	@CollectionTable(name = "course_application_answer", joinColumns = @JoinColumn(name = "application_id"))
	@MapKeyColumn(name = "question_id")
	@Column(name = "answer")
	private Map<Long, String> answers = new LinkedHashMap<>();

	protected CourseApplication() {
	}

	/** A resident's own application. */
	CourseApplication(long courseId, long accountId, ApplicationStatus status, ApplicationRequest request,
			Instant now) {
		this.courseId = courseId;
		this.accountId = accountId;
		this.status = status;
		this.appliedAt = now;
		this.decidedAt = status == ApplicationStatus.CONFIRMED ? now : null;
		take(request);
	}

	/** An application staff took for someone who phoned or came to the counter. */
	CourseApplication(long courseId, Applicant applicant, long enteredBy, ApplicationStatus status,
			ApplicationRequest request, Instant now) {
		this(courseId, 0, status, request, now);
		this.accountId = null;
		this.applicantName = applicant.name();
		this.applicantFurigana = applicant.furigana();
		this.applicantPhone = applicant.phone();
		this.applicantEmail = applicant.email();
		this.applicantAreaCode = applicant.areaCode();
		this.enteredBy = enteredBy;
	}

	private void take(ApplicationRequest request) {
		this.childcareAges = new ArrayList<>(request.childcareAges());
		this.needs = request.needs();
		this.note = request.note();
		this.answers = new LinkedHashMap<>(request.answers());
	}

	void cancel(String reason, Long by, Instant now) {
		status = ApplicationStatus.CANCELLED;
		cancelledAt = now;
		cancelReason = reason;
		cancelledBy = by;
		offerExpiresAt = null;
	}

	/** From the waiting list to a place. */
	void promote(Instant now) {
		status = ApplicationStatus.CONFIRMED;
		decidedAt = now;
	}

	/**
	 * The lottery's verdict. A winner gets a place at once, or an offer to confirm by
	 * {@code confirmBy} when the course asks for confirmation; the rest wait in drawn order.
	 */
	void drawn(int tier, int rank, boolean won, Instant confirmBy, Instant now) {
		lotteryTier = tier;
		lotteryRank = rank;
		lotteryWon = won;
		decidedAt = now;
		if (!won) {
			status = ApplicationStatus.WAITING;
		}
		else if (confirmBy != null && confirmBy.isAfter(now)) {
			status = ApplicationStatus.OFFERED;
			offerExpiresAt = confirmBy;
		}
		else {
			status = ApplicationStatus.CONFIRMED;
		}
	}

	/** The winner confirmed their place in time. */
	void confirmOffer(Instant now) {
		status = ApplicationStatus.CONFIRMED;
		offerExpiresAt = null;
		decidedAt = now;
	}

	/** Staff sets the status by hand (with a reason, recorded in the history). */
	void setStatusByStaff(ApplicationStatus newStatus, String reason, long staff, Instant now) {
		if (newStatus == ApplicationStatus.CANCELLED) {
			cancel(reason, staff, now);
			return;
		}
		status = newStatus;
		decidedAt = now;
		offerExpiresAt = null;
		cancelledAt = null;
		cancelReason = null;
		cancelledBy = null;
	}

	/** An account with the same email or phone signed up: the counter application becomes theirs. */
	void claimBy(long account) {
		this.accountId = account;
	}

	/** Childcare places this application needs: one per child. */
	public int childcarePlaces() {
		return childcareAges.size();
	}

	public boolean isTakenAtCounter() {
		return enteredBy != null;
	}

	public Long getId() {
		return id;
	}

	public long getCourseId() {
		return courseId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public Instant getAppliedAt() {
		return appliedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getCancelledAt() {
		return cancelledAt;
	}

	public String getCancelReason() {
		return cancelReason;
	}

	public Long getCancelledBy() {
		return cancelledBy;
	}

	public String getApplicantName() {
		return applicantName;
	}

	public String getApplicantFurigana() {
		return applicantFurigana;
	}

	public String getApplicantPhone() {
		return applicantPhone;
	}

	public String getApplicantEmail() {
		return applicantEmail;
	}

	public String getApplicantAreaCode() {
		return applicantAreaCode;
	}

	public Long getEnteredBy() {
		return enteredBy;
	}

	public List<Integer> getChildcareAges() {
		return List.copyOf(childcareAges);
	}

	public String getNeeds() {
		return needs;
	}

	public String getNote() {
		return note;
	}

	public Integer getLotteryTier() {
		return lotteryTier;
	}

	public Integer getLotteryRank() {
		return lotteryRank;
	}

	public Boolean getLotteryWon() {
		return lotteryWon;
	}

	public Instant getOfferExpiresAt() {
		return offerExpiresAt;
	}

	public Map<Long, String> getAnswers() {
		return Map.copyOf(answers);
	}
}
