package jp.manabi.portal.course.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.QuestionKind;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.shared.Languages;

/**
 * What staff see of a course's applications: the list with counts, one application with its
 * history, and the same list for export. Names come from the accounts (residents) or from what
 * staff took at the counter. Every read is written to the audit log in the same transaction,
 * with the filter but never a name.
 */
@Service
@Transactional
public class StaffApplicationQuery {

	public static final String AUDIT_SUBJECT = "course_application";

	/** Which applications the list shows: one status or all, and a name, furigana or phone to look for. */
	public record Filter(ApplicationStatus status, String search) {

		public static final Filter ALL = new Filter(null, null);

		public Filter {
			search = search == null || search.isBlank() ? null : search.strip();
		}

		boolean matches(Row row) {
			if (status != null && row.status() != status) {
				return false;
			}
			if (search == null) {
				return true;
			}
			String wanted = PersonKeys.searchable(search);
			if (PersonKeys.searchable(row.name()).contains(wanted)
					|| PersonKeys.searchable(row.furigana()).contains(wanted)) {
				return true;
			}
			// Someone on the phone gives their number: digits alone find it.
			String digits = PersonKeys.phoneDigits(search);
			return digits.length() >= 4 && digits.length() == wanted.replace("-", "").length()
					&& PersonKeys.phoneDigits(row.phone()).contains(digits);
		}

		/** For the audit log: what was asked, never the name searched for. */
		String describe() {
			return "status=" + (status == null ? "ALL" : status.name()) + " search=" + (search == null ? "no" : "yes");
		}
	}

	/** One of the course's own questions, a column of the list. */
	public record Question(long id, String label, String labelEn, QuestionKind kind, boolean required,
			List<String> choices, Integer minValue, Integer maxValue) {

		public String label(Locale locale) {
			return Languages.isEnglish(locale) && labelEn != null && !labelEn.isBlank() ? labelEn : label;
		}
	}

	/** The course as the staff pages head it. */
	public record CourseHeader(long id, String title, SelectionMethod selectionMethod, CourseStatus status,
			boolean childcareOffered, Integer childcareMinAge, Integer childcareMaxAge, List<Question> questions) {
	}

	/** How many applications stand where, and the places left. */
	public record Counts(int confirmed, int offered, int entered, int waiting, int cancelled, int capacity,
			int seatsFree, boolean childcareOffered, int childcareCapacity, int childcareFree) {

		public int total() {
			return confirmed + offered + entered + waiting + cancelled;
		}
	}

	/** One application as the list and the export show it. */
	public record Row(long id, Long accountId, boolean takenAtCounter, String name, String furigana, String phone,
			String email, String areaCode, ApplicationStatus status, int waitingPosition, List<Integer> childcareAges,
			String needs, String note, Map<Long, String> answers, Instant appliedAt, Boolean lotteryWon,
			int noShows, Instant cancelledAt, String cancelReason) {

		public String answer(long questionId) {
			return answers.get(questionId);
		}

		/** The children's ages, e.g. "2, 5"; empty without childcare. */
		public String childcareText() {
			return childcareAges.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}

		public boolean hasChildcare() {
			return !childcareAges.isEmpty();
		}

		/** A counter applicant nobody has claimed by signing up yet. */
		public boolean unclaimed() {
			return accountId == null;
		}
	}

	public record ApplicationList(CourseHeader course, Counts counts, List<Row> rows) {
	}

	/** Who made a change: staff (by name), the applicant, or the portal itself (a scheduled job). */
	public enum Actor {
		STAFF, APPLICANT, SYSTEM
	}

	public record HistoryEntry(ApplicationStatus from, ApplicationStatus to, String reason, Instant at, Actor actor,
			String actorName) {
	}

	public record ApplicationDetail(CourseHeader course, Row application, List<HistoryEntry> history,
			String enteredByName, String cancelledByName) {
	}

	private static final Map<ApplicationStatus, Integer> LIST_ORDER = Map.of(ApplicationStatus.CONFIRMED, 0,
			ApplicationStatus.OFFERED, 1, ApplicationStatus.ENTERED, 2, ApplicationStatus.WAITING, 3,
			ApplicationStatus.CANCELLED, 4);

	private final CourseRepository courses;
	private final StaffApplicationRepository applications;
	private final CourseApplicationRepository ownApplications;
	private final Places places;
	private final ApplicationHistory history;
	private final NoShows noShows;
	private final Accounts accounts;
	private final AuditLog audit;

	StaffApplicationQuery(CourseRepository courses, StaffApplicationRepository applications,
			CourseApplicationRepository ownApplications, Places places,
			ApplicationHistory history, NoShows noShows, Accounts accounts, AuditLog audit) {
		this.courses = courses;
		this.applications = applications;
		this.ownApplications = ownApplications;
		this.places = places;
		this.history = history;
		this.noShows = noShows;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** The list page; empty when there is no such course. */
	public Optional<ApplicationList> view(long courseId, Filter filter) {
		return list(courseId, filter, AuditAction.VIEW);
	}

	/** The same list for a CSV file. */
	public Optional<ApplicationList> export(long courseId, Filter filter) {
		return list(courseId, filter, AuditAction.EXPORT);
	}

	/** One application with its history; empty when it is not this course's (a tampered id). */
	public Optional<ApplicationDetail> viewDetail(long courseId, long applicationId) {
		var course = courses.findById(courseId);
		if (course.isEmpty()) {
			return Optional.empty();
		}
		var all = applications.allOf(courseId);
		var application = all.stream().filter(a -> a.getId() == applicationId).findFirst();
		if (application.isEmpty()) {
			return Optional.empty();
		}
		var changes = history.of(applicationId);
		var ids = new HashSet<Long>();
		changes.stream().map(ApplicationChange::getChangedBy).filter(Objects::nonNull).forEach(ids::add);
		var a = application.get();
		if (a.getAccountId() != null) {
			ids.add(a.getAccountId());
		}
		if (a.getEnteredBy() != null) {
			ids.add(a.getEnteredBy());
		}
		if (a.getCancelledBy() != null) {
			ids.add(a.getCancelledBy());
		}
		var people = accounts.findAll(ids);
		var row = rows(List.of(a), people, waitingPositions(all), noShows.of(List.of(a))).get(0);
		var entries = changes.stream().map(change -> {
			Actor actor = change.getChangedBy() == null ? Actor.SYSTEM
					: change.getChangedBy().equals(a.getAccountId()) ? Actor.APPLICANT : Actor.STAFF;
			var who = change.getChangedBy() == null ? null : people.get(change.getChangedBy());
			return new HistoryEntry(change.getFromStatus(), change.getToStatus(), change.getReason(),
					change.getChangedAt(), actor, who == null ? null : who.displayName());
		}).toList();
		audit.record(AuditAction.VIEW, AUDIT_SUBJECT, applicationId, "course=" + courseId);
		return Optional.of(new ApplicationDetail(header(course.get()), row, entries, nameOf(people, a.getEnteredBy()),
				nameOf(people, a.getCancelledBy())));
	}

	/** The course's heading and questions, for pages that show no personal data (not audited). */
	@Transactional(readOnly = true)
	public Optional<CourseHeader> course(long courseId) {
		return courses.findById(courseId).map(StaffApplicationQuery::header);
	}

	/** Whether the application belongs to the course: a URL with another course's application id is refused. */
	@Transactional(readOnly = true)
	public boolean belongsTo(long courseId, long applicationId) {
		return ownApplications.findByIdAndCourseId(applicationId, courseId).isPresent();
	}

	private Optional<ApplicationList> list(long courseId, Filter filter, AuditAction action) {
		var found = courses.findById(courseId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var course = found.get();
		var all = applications.allOf(courseId);
		var people = accounts.findAll(all.stream().map(CourseApplication::getAccountId).filter(Objects::nonNull)
				.collect(Collectors.toSet()));
		var rows = rows(all, people, waitingPositions(all), noShows.of(all)).stream().filter(filter::matches)
				.sorted(Comparator.comparing((Row r) -> LIST_ORDER.get(r.status()))
						.thenComparingInt(Row::waitingPosition).thenComparingLong(Row::id))
				.toList();
		audit.record(action, AUDIT_SUBJECT, null,
				"course=" + courseId + " " + filter.describe() + " rows=" + rows.size());
		return Optional.of(new ApplicationList(header(course), counts(course, all), rows));
	}

	private Counts counts(Course course, List<CourseApplication> all) {
		var byStatus = all.stream().collect(Collectors.groupingBy(CourseApplication::getStatus, Collectors.counting()));
		int childcareCapacity = course.isChildcareOffered() && course.getChildcareCapacity() != null
				? course.getChildcareCapacity() : 0;
		return new Counts(count(byStatus, ApplicationStatus.CONFIRMED), count(byStatus, ApplicationStatus.OFFERED),
				count(byStatus, ApplicationStatus.ENTERED), count(byStatus, ApplicationStatus.WAITING),
				count(byStatus, ApplicationStatus.CANCELLED), course.getCapacity(), places.seatsFree(course),
				course.isChildcareOffered(), childcareCapacity, places.childcareFree(course));
	}

	private static int count(Map<ApplicationStatus, Long> byStatus, ApplicationStatus status) {
		return byStatus.getOrDefault(status, 0L).intValue();
	}

	/** Positions on the waiting list, in the order {@link CourseApplicationRepository#waitingList} keeps. */
	static Map<Long, Integer> waitingPositions(List<CourseApplication> all) {
		var waiting = all.stream().filter(a -> a.getStatus() == ApplicationStatus.WAITING)
				.sorted(Comparator.comparing(CourseApplication::getLotteryRank,
						Comparator.nullsLast(Comparator.<Integer>naturalOrder())).thenComparing(CourseApplication::getId))
				.toList();
		var positions = new HashMap<Long, Integer>();
		for (int i = 0; i < waiting.size(); i++) {
			positions.put(waiting.get(i).getId(), i + 1);
		}
		return positions;
	}

	private static List<Row> rows(List<CourseApplication> applications, Map<Long, AccountSummary> people,
			Map<Long, Integer> positions, Map<Long, Integer> absences) {
		var rows = new ArrayList<Row>(applications.size());
		for (var a : applications) {
			var person = a.getAccountId() == null ? null : people.get(a.getAccountId());
			boolean fromAccount = person != null;
			rows.add(new Row(a.getId(), a.getAccountId(), a.isTakenAtCounter(),
					fromAccount ? person.displayName() : a.getApplicantName(),
					fromAccount ? person.furigana() : a.getApplicantFurigana(),
					fromAccount ? person.phone() : a.getApplicantPhone(),
					fromAccount ? person.email() : a.getApplicantEmail(),
					fromAccount ? person.areaCode() : a.getApplicantAreaCode(), a.getStatus(),
					positions.getOrDefault(a.getId(), 0), a.getChildcareAges(), a.getNeeds(), a.getNote(),
					a.getAnswers(), a.getAppliedAt(), a.getLotteryWon(), absences.getOrDefault(a.getId(), 0),
					a.getCancelledAt(), a.getCancelReason()));
		}
		return rows;
	}

	static CourseHeader header(Course course) {
		return new CourseHeader(course.getId(), course.getTitle(), course.getSelectionMethod(), course.getStatus(),
				course.isChildcareOffered(), course.getChildcareMinAge(), course.getChildcareMaxAge(),
				course.getQuestions().stream()
						.map(q -> new Question(q.getId(), q.getLabel(), q.getLabelEn(), q.getKind(), q.isRequired(),
								q.choiceList(), q.getMinValue(), q.getMaxValue()))
						.toList());
	}

	private static String nameOf(Map<Long, AccountSummary> people, Long accountId) {
		var person = accountId == null ? null : people.get(accountId);
		return person == null ? null : person.displayName();
	}
}
