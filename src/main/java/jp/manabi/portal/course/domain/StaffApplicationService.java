package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.StaffApplicationEvents.CancelledByStaff;
import jp.manabi.portal.course.StaffApplicationEvents.CounterApplicationTaken;
import jp.manabi.portal.course.StaffApplicationEvents.StatusSetByStaff;
import jp.manabi.portal.course.domain.CourseApplicationService.Outcome;

/**
 * What staff change on applications: cancel one (any time, with a reason), set one to a place
 * or the waiting list by hand, and take an application at the counter for someone without an
 * account. Every change holds the course's row lock, like a resident's application, so staff
 * and residents never give the same place twice; seats and childcare places are never exceeded.
 * Each change is recorded with who, when and why, and written to the audit log.
 */
@Service
@Transactional
public class StaffApplicationService {

	/** The statuses staff may set by hand. */
	public static final List<ApplicationStatus> SETTABLE = List.of(ApplicationStatus.CONFIRMED,
			ApplicationStatus.WAITING, ApplicationStatus.CANCELLED);

	public static final int MAX_REASON = 1000;

	private final CourseRepository courses;
	private final CourseApplicationRepository applications;
	private final Places places;
	private final ApplicationHistory history;
	private final Accounts accounts;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	StaffApplicationService(CourseRepository courses, CourseApplicationRepository applications, Places places,
			ApplicationHistory history, Accounts accounts, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.courses = courses;
		this.applications = applications;
		this.places = places;
		this.history = history;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets the application's status: {@code CANCELLED} cancels it, {@code CONFIRMED} gives it a
	 * place (refused when no seat or not enough childcare places are free), {@code WAITING} puts it
	 * on the waiting list. The person is told by mail.
	 *
	 * @throws ApplicationRefused with the key that tells staff why nothing changed
	 */
	public void change(long courseId, long applicationId, ApplicationStatus status, String reason, long staff) {
		if (status == null || !SETTABLE.contains(status)) {
			throw new ApplicationRefused("course-staff.refused.status");
		}
		if (reason == null || reason.isBlank()) {
			throw new ApplicationRefused("course-staff.refused.reasonRequired");
		}
		if (reason.length() > MAX_REASON) {
			throw new ApplicationRefused("course-staff.refused.reasonTooLong", MAX_REASON);
		}
		var now = clock.instant();
		var course = courses.findForUpdate(courseId)
				.orElseThrow(() -> new ApplicationRefused("course-staff.refused.notFound"));
		var application = applications.findByIdAndCourseId(applicationId, courseId)
				.orElseThrow(() -> new ApplicationRefused("course-staff.refused.notFound"));
		var before = application.getStatus();
		if (before == status) {
			throw new ApplicationRefused("course-staff.refused.sameStatus");
		}
		String why = reason.strip();
		if (status == ApplicationStatus.CANCELLED) {
			cancel(course, application, why, staff, now);
		}
		else {
			setByHand(course, application, status, why, staff, now);
		}
		audit.record(AuditAction.CHANGE, StaffApplicationQuery.AUDIT_SUBJECT, applicationId,
				"course=" + courseId + " " + before + "->" + status);
	}

	private void cancel(Course course, CourseApplication application, String reason, long staff, Instant now) {
		var before = application.getStatus();
		application.cancel(reason, staff, now);
		history.record(application, before, reason, staff);
		events.publishEvent(new CancelledByStaff(application.getId(), course.getId(), application.getAccountId(),
				application.getApplicantEmail(), application.getApplicantName(), course.getTitle(), reason));
		if (before.holdsPlace()) {
			places.promoteWaiting(course, now);
		}
	}

	private void setByHand(Course course, CourseApplication application, ApplicationStatus status, String reason,
			long staff, Instant now) {
		if (course.getStatus() == CourseStatus.CANCELLED) {
			throw new ApplicationRefused("course-staff.refused.courseCancelled");
		}
		var before = application.getStatus();
		if (status == ApplicationStatus.CONFIRMED && !before.holdsPlace()
				&& !places.fits(course, application.childcarePlaces())) {
			throw new ApplicationRefused("course-staff.refused.full", places.seatsFree(course),
					places.childcareFree(course), application.childcarePlaces());
		}
		application.setStatusByStaff(status, reason, staff, now);
		applications.flush();
		history.record(application, before, reason, staff);
		int position = status == ApplicationStatus.WAITING ? waitingPosition(application) : 0;
		events.publishEvent(new StatusSetByStaff(application.getId(), course.getId(), application.getAccountId(),
				application.getApplicantEmail(), application.getApplicantName(), course.getTitle(), status, position));
		// A place given up to the waiting list by hand is not passed on here: the person just moved
		// could be first in line and get it straight back. Staff see the free seat in the counts.
	}

	/** Moves the waiting list up; residents are mailed by {@link Places}, counter applicants here. */
	/** What staff filled in for the course's questions and childcare, checked; empty when all is well. */
	@Transactional(readOnly = true)
	public List<RequestProblem> problems(long courseId, ApplicationRequest request) {
		return courses.findById(courseId).map(course -> ApplicationRequestCheck.problems(course, request))
				.orElse(List.of());
	}

	/**
	 * Takes an application at the counter or by phone for someone without an account, under the
	 * same rules as a resident's own: the course must be accepting applications; a first-come
	 * course gives a place while seats (and childcare places) are free, else the waiting list; a
	 * lottery course takes an entry for the draw. The same phone number twice on one course is
	 * refused.
	 */
	public Outcome enterAtCounter(long courseId, Applicant applicant, ApplicationRequest request, long staff) {
		var now = clock.instant();
		var course = courses.findForUpdate(courseId)
				.orElseThrow(() -> new ApplicationRefused("course-staff.refused.notFound"));
		if (course.getStatus() != CourseStatus.PUBLISHED) {
			throw new ApplicationRefused(course.getStatus() == CourseStatus.CANCELLED
					? "course-staff.refused.courseCancelled" : "course-staff.refused.notPublished");
		}
		if (!course.isAccepting(now)) {
			throw new ApplicationRefused("course-staff.refused.closed");
		}
		var person = new Applicant(applicant.name().strip(), applicant.furigana().strip(),
				PersonKeys.normalizedPhone(applicant.phone()),
				applicant.email() == null || applicant.email().isBlank() ? null : applicant.email().strip(),
				applicant.areaCode());
		refuseSamePhone(course, person.phone());
		request = onlyAskedAnswers(course, request);
		if (!ApplicationRequestCheck.problems(course, request).isEmpty()) {
			throw new ApplicationRefused("course-staff.refused.form");
		}
		ApplicationStatus status;
		if (course.getSelectionMethod() == SelectionMethod.LOTTERY) {
			status = ApplicationStatus.ENTERED;
		}
		else {
			status = places.fits(course, request.childcareAges().size()) ? ApplicationStatus.CONFIRMED
					: ApplicationStatus.WAITING;
		}
		var application = new CourseApplication(courseId, person, staff, status, request, now);
		applications.saveAndFlush(application);
		history.record(application, null, null, staff);
		int position = waitingPosition(application);
		if (person.email() != null) {
			events.publishEvent(new CounterApplicationTaken(application.getId(), courseId, person.email(),
					person.name(), course.getTitle(), status, position));
		}
		audit.record(AuditAction.CHANGE, StaffApplicationQuery.AUDIT_SUBJECT, application.getId(),
				"course=" + courseId + " counter " + status);
		return new Outcome(application.getId(), status, position);
	}

	/** Anyone still on the course (counter or resident) with the same phone digits. */
	private void refuseSamePhone(Course course, String phone) {
		String digits = PersonKeys.phoneDigits(phone);
		var active = applications.activeOf(course.getId());
		var residents = accounts.findAll(active.stream().map(CourseApplication::getAccountId).filter(Objects::nonNull)
				.collect(Collectors.toSet()));
		for (var other : active) {
			String theirs = other.getAccountId() == null ? other.getApplicantPhone()
					: residents.containsKey(other.getAccountId()) ? residents.get(other.getAccountId()).phone() : null;
			if (!digits.isEmpty() && digits.equals(PersonKeys.phoneDigits(theirs))) {
				throw new ApplicationRefused("course-staff.refused.samePhone", String.valueOf(other.getId()));
			}
		}
	}

	private int waitingPosition(CourseApplication application) {
		if (application.getStatus() != ApplicationStatus.WAITING) {
			return 0;
		}
		var waiting = applications.waitingList(application.getCourseId());
		return waiting.stream().map(CourseApplication::getId).toList().indexOf(application.getId()) + 1;
	}

	/** Answers to questions the course does not ask (a tampered form) are dropped, not stored. */
	private static ApplicationRequest onlyAskedAnswers(Course course, ApplicationRequest request) {
		var asked = course.getQuestions().stream().map(CourseQuestion::getId).collect(Collectors.toSet());
		var answers = request.answers().entrySet().stream().filter(answer -> asked.contains(answer.getKey()))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new ApplicationRequest(request.childcareAges(), request.needs(), request.note(), answers);
	}
}
