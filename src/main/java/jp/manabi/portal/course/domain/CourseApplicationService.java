package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.account.Residency;
import jp.manabi.portal.course.ApplicationEvents.ApplicationCancelled;
import jp.manabi.portal.course.ApplicationEvents.ApplicationPromoted;
import jp.manabi.portal.course.ApplicationEvents.ApplicationReceived;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.SelectionMethod;

/**
 * Applying for first-come courses and cancelling. A place is taken while the course row is
 * locked, so however many residents apply at once, no more places are confirmed than the
 * course has; the rest join the waiting list in the order they got the lock.
 */
@Service
@Transactional
public class CourseApplicationService {

	/** What the resident is told after applying. */
	public record Outcome(long applicationId, ApplicationStatus status, int waitingPosition) {
	}

	private final CourseRepository courses;
	private final CourseApplicationRepository applications;
	private final Accounts accounts;
	private final SeatLock seatLock;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CourseApplicationService(CourseRepository courses, CourseApplicationRepository applications, Accounts accounts,
			SeatLock seatLock, ApplicationEventPublisher events, Clock clock) {
		this.courses = courses;
		this.applications = applications;
		this.accounts = accounts;
		this.seatLock = seatLock;
		this.events = events;
		this.clock = clock;
	}

	/** Checks, without taking anything, whether the person may apply; the key says why not. */
	@Transactional(readOnly = true)
	public void checkMayApply(long courseId, long accountId) {
		var course = courses.findById(courseId).orElseThrow(() -> new ApplicationRefused("course.apply.refused.unknown"));
		check(course, accountId, clock.instant());
	}

	public Outcome applyFirstCome(long courseId, long accountId) {
		var now = clock.instant();
		var course = (seatLock.enabled() ? courses.findForUpdate(courseId) : courses.findById(courseId))
				.orElseThrow(() -> new ApplicationRefused("course.apply.refused.unknown"));
		check(course, accountId, now);
		long confirmed = applications.countByCourseIdAndStatus(courseId, ApplicationStatus.CONFIRMED);
		seatLock.betweenCountAndTake();
		var status = confirmed < course.getCapacity() ? ApplicationStatus.CONFIRMED : ApplicationStatus.WAITING;
		var application = new CourseApplication(courseId, accountId, status, now);
		try {
			applications.saveAndFlush(application);
		}
		catch (DataIntegrityViolationException twoTabs) {
			// The same person in two tabs at once: the unique (course, person) decides.
			throw new ApplicationRefused("course.apply.refused.already");
		}
		int position = status == ApplicationStatus.WAITING ? applications.waitingList(courseId).size() : 0;
		events.publishEvent(new ApplicationReceived(application.getId(), courseId, accountId, course.getTitle(),
				status, position));
		return new Outcome(application.getId(), status, position);
	}

	/**
	 * The resident cancels their own application, until the course starts. A freed place goes to
	 * the first on the waiting list in the same transaction.
	 */
	public void cancelByResident(long applicationId, long accountId) {
		var now = clock.instant();
		var application = applications.findByIdAndAccountId(applicationId, accountId)
				.orElseThrow(() -> new ApplicationRefused("course.apply.refused.unknownApplication"));
		var course = courses.findForUpdate(application.getCourseId()).orElseThrow();
		if (application.getStatus() == ApplicationStatus.CANCELLED) {
			throw new ApplicationRefused("course.apply.refused.alreadyCancelled");
		}
		if (course.getFirstSessionStartsAt() != null && !now.isBefore(course.getFirstSessionStartsAt())) {
			throw new ApplicationRefused("course.apply.refused.tooLateToCancel");
		}
		boolean hadPlace = application.getStatus() == ApplicationStatus.CONFIRMED;
		application.cancel(null, now);
		events.publishEvent(new ApplicationCancelled(application.getId(), course.getId(), accountId, course.getTitle()));
		if (hadPlace) {
			promoteNext(course, now);
		}
	}

	/** One of the resident's applications as マイページ lists it. */
	public record MyApplication(long id, long courseId, String courseTitle, String courseTitleEn,
			java.time.LocalDate firstDate, java.time.LocalTime firstStart, ApplicationStatus status,
			int waitingPosition, boolean cancellable, Instant appliedAt) {
	}

	/** The resident's applications, newest first, with their places on the waiting lists. */
	@Transactional(readOnly = true)
	public java.util.List<MyApplication> ofResident(long accountId) {
		var now = clock.instant();
		var mine = applications.findByAccount(accountId);
		var byId = courses.findCardsByIdIn(mine.stream().map(CourseApplication::getCourseId).distinct().toList())
				.stream().collect(java.util.stream.Collectors.toMap(Course::getId, c -> c));
		// One waiting list per course, however many of the resident's applications wait on it.
		var waitingLists = new java.util.HashMap<Long, java.util.List<Long>>();
		return mine.stream().filter(a -> byId.containsKey(a.getCourseId())).map(a -> {
			var course = byId.get(a.getCourseId());
			var first = course.getSessions().isEmpty() ? null : course.getSessions().get(0);
			boolean started = course.getFirstSessionStartsAt() != null && !now.isBefore(course.getFirstSessionStartsAt());
			return new MyApplication(a.getId(), course.getId(), course.getTitle(), course.getTitleEn(),
					first == null ? null : first.getDate(), first == null ? null : first.getStartsAt(), a.getStatus(),
					a.getStatus() != ApplicationStatus.WAITING ? 0
							: waitingLists.computeIfAbsent(a.getCourseId(), this::waitingIds).indexOf(a.getId()) + 1,
					a.getStatus() != ApplicationStatus.CANCELLED && !started, a.getAppliedAt());
		}).toList();
	}

	/** Position on the waiting list, 1 for the next to get a place; 0 when not waiting. */
	@Transactional(readOnly = true)
	public int waitingPosition(CourseApplication application) {
		if (application.getStatus() != ApplicationStatus.WAITING) {
			return 0;
		}
		return waitingIds(application.getCourseId()).indexOf(application.getId()) + 1;
	}

	private java.util.List<Long> waitingIds(long courseId) {
		return applications.waitingList(courseId).stream().map(CourseApplication::getId).toList();
	}

	private void promoteNext(Course course, Instant now) {
		applications.waitingList(course.getId()).stream().findFirst().ifPresent(next -> {
			next.promote(now);
			events.publishEvent(new ApplicationPromoted(next.getId(), course.getId(), next.getAccountId(),
					course.getTitle()));
		});
	}

	private void check(Course course, long accountId, Instant now) {
		if (course.getStatus() != CourseStatus.PUBLISHED) {
			throw new ApplicationRefused(course.getStatus() == CourseStatus.CANCELLED ? "course.apply.refused.cancelled"
					: "course.apply.refused.unknown");
		}
		if (!course.isAccepting(now)) {
			throw new ApplicationRefused("course.apply.refused.closed");
		}
		if (course.getSelectionMethod() != SelectionMethod.FIRST_COME) {
			throw new ApplicationRefused("course.apply.refused.lotteryNotYet");
		}
		if (applications.existsByCourseIdAndAccountId(course.getId(), accountId)) {
			throw new ApplicationRefused("course.apply.refused.already");
		}
		var person = accounts.find(accountId).orElseThrow(() -> new ApplicationRefused("course.apply.refused.unknown"));
		checkEligible(course, person, now);
	}

	private void checkEligible(Course course, AccountSummary person, Instant now) {
		boolean eligible = switch (course.getEligibility()) {
			case RESIDENTS -> person.residency() == Residency.LIVES;
			case RESIDENTS_WORKERS_STUDENTS -> person.residency() != Residency.OTHER;
			case ANYONE -> true;
		};
		if (!eligible) {
			throw new ApplicationRefused("course.apply.refused.eligibility");
		}
		if (course.getMinAge() != null || course.getMaxAge() != null) {
			if (person.birthYear() == null) {
				throw new ApplicationRefused("course.apply.refused.birthYearNeeded");
			}
			// Age in the year of the first session: the ward's usual rule for age limits.
			int year = course.getFirstSessionStartsAt() == null ? Year.now(clock).getValue()
					: course.getFirstSessionStartsAt().atZone(Course.ZONE).getYear();
			int age = year - person.birthYear();
			if (course.getMinAge() != null && age < course.getMinAge()
					|| course.getMaxAge() != null && age > course.getMaxAge()) {
				throw new ApplicationRefused("course.apply.refused.age");
			}
		}
	}
}
