package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.account.Residency;
import jp.manabi.portal.course.ApplicationEvents.ApplicationCancelled;
import jp.manabi.portal.course.ApplicationEvents.ApplicationReceived;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.SelectionMethod;

/**
 * A resident applying for a course and cancelling. The course row is locked while an
 * application is taken, so however many residents apply at once, no more places (and childcare
 * places) are given than the course has; the rest join the waiting list in the order they got
 * the lock. Lottery courses only collect entries here; {@code LotteryService} draws them.
 */
@Service
@Transactional
public class CourseApplicationService {

	/** What the resident is told after applying. */
	public record Outcome(long applicationId, ApplicationStatus status, int waitingPosition) {
	}

	/** The resident's standing against the municipality's limits, shown before applying. */
	public record LimitStanding(int lotteryEntriesThisMonth, int lotteryEntriesPerMonth, int openApplications,
			int openApplicationsAllowed) {

		public boolean lotteryLimitReached() {
			return lotteryEntriesThisMonth >= lotteryEntriesPerMonth;
		}

		public boolean openLimitReached() {
			return openApplications >= openApplicationsAllowed;
		}
	}

	private final CourseRepository courses;
	private final CourseApplicationRepository applications;
	private final Accounts accounts;
	private final Places places;
	private final ApplicationHistory history;
	private final ApplicationLimits limits;
	private final SeatLock seatLock;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CourseApplicationService(CourseRepository courses, CourseApplicationRepository applications, Accounts accounts,
			Places places, ApplicationHistory history, ApplicationLimits limits, SeatLock seatLock,
			ApplicationEventPublisher events, Clock clock) {
		this.courses = courses;
		this.applications = applications;
		this.accounts = accounts;
		this.places = places;
		this.history = history;
		this.limits = limits;
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

	@Transactional(readOnly = true)
	public LimitStanding limitStanding(long accountId) {
		var now = clock.instant();
		var month = YearMonth.from(now.atZone(Course.ZONE));
		long entries = applications.countLotteryEntries(accountId, month.atDay(1).atStartOfDay(Course.ZONE).toInstant(),
				month.plusMonths(1).atDay(1).atStartOfDay(Course.ZONE).toInstant());
		long open = applications.countOpenApplications(accountId, now);
		return new LimitStanding((int) entries, limits.lotteryEntriesPerMonth(), (int) open, limits.openApplications());
	}

	/** What the applicant filled in, checked against the course; empty when all is well. */
	@Transactional(readOnly = true)
	public List<RequestProblem> problems(long courseId, ApplicationRequest request) {
		return courses.findById(courseId).map(course -> ApplicationRequestCheck.problems(course, request))
				.orElse(List.of());
	}

	/**
	 * Takes the application. First-come: a place if a seat (and, for children, enough childcare
	 * places) is free, else the waiting list. Lottery: an entry for the draw.
	 */
	public Outcome apply(long courseId, long accountId, ApplicationRequest request) {
		var now = clock.instant();
		var course = (seatLock.enabled() ? courses.findForUpdate(courseId) : courses.findById(courseId))
				.orElseThrow(() -> new ApplicationRefused("course.apply.refused.unknown"));
		check(course, accountId, now);
		request = withoutUnknownAnswers(course, request);
		if (!ApplicationRequestCheck.problems(course, request).isEmpty()) {
			throw new ApplicationRefused("course.apply.refused.form");
		}
		ApplicationStatus status;
		if (course.getSelectionMethod() == SelectionMethod.LOTTERY) {
			status = ApplicationStatus.ENTERED;
		}
		else {
			boolean fits = places.fits(course, request.childcareAges().size());
			seatLock.betweenCountAndTake();
			status = fits ? ApplicationStatus.CONFIRMED : ApplicationStatus.WAITING;
		}
		var application = new CourseApplication(courseId, accountId, status, request, now);
		try {
			applications.saveAndFlush(application);
		}
		catch (DataIntegrityViolationException twoTabs) {
			// The same person in two tabs at once: the unique (course, person) decides.
			throw new ApplicationRefused("course.apply.refused.already");
		}
		history.record(application, null, null, accountId);
		int position = waitingPosition(application);
		events.publishEvent(new ApplicationReceived(application.getId(), courseId, accountId, course.getTitle(),
				status, position));
		return new Outcome(application.getId(), status, position);
	}

	/** Applies with nothing more than the person's name: for courses without questions or childcare. */
	public Outcome applyFirstCome(long courseId, long accountId) {
		return apply(courseId, accountId, ApplicationRequest.NOTHING);
	}

	/**
	 * The resident cancels their own application, until the course's cancellation deadline. A
	 * freed place goes to the next on the waiting list in the same transaction.
	 */
	public void cancelByResident(long applicationId, long accountId) {
		var now = clock.instant();
		var application = applications.findByIdAndAccountId(applicationId, accountId)
				.orElseThrow(() -> new ApplicationRefused("course.apply.refused.unknownApplication"));
		var course = courses.findForUpdate(application.getCourseId()).orElseThrow();
		if (application.getStatus() == ApplicationStatus.CANCELLED) {
			throw new ApplicationRefused("course.apply.refused.alreadyCancelled");
		}
		var until = course.cancellableUntil();
		if (until != null && !now.isBefore(until)) {
			throw new ApplicationRefused("course.apply.refused.tooLateToCancel");
		}
		var before = application.getStatus();
		application.cancel(null, accountId, now);
		history.record(application, before, null, accountId);
		events.publishEvent(new ApplicationCancelled(application.getId(), course.getId(), accountId, course.getTitle()));
		if (before.holdsPlace()) {
			places.promoteWaiting(course, now);
		}
	}

	/** One of the resident's applications as マイページ lists it. */
	public record MyApplication(long id, long courseId, String courseTitle, String courseTitleEn, LocalDate firstDate,
			LocalTime firstStart, SelectionMethod selectionMethod, ApplicationStatus status, Boolean lotteryWon,
			int waitingPosition, boolean cancellable, Instant cancellableUntil, Instant offerExpiresAt,
			boolean past, Instant appliedAt) {
	}

	/** The resident's applications, newest first, with their places on the waiting lists. */
	@Transactional(readOnly = true)
	public List<MyApplication> ofResident(long accountId) {
		var now = clock.instant();
		var mine = applications.findByAccount(accountId);
		var byId = courses.findCardsByIdIn(mine.stream().map(CourseApplication::getCourseId).distinct().toList())
				.stream().collect(Collectors.toMap(Course::getId, c -> c));
		// One waiting list per course, however many of the resident's applications wait on it.
		var waitingLists = new HashMap<Long, List<Long>>();
		return mine.stream().filter(a -> byId.containsKey(a.getCourseId())).map(a -> {
			var course = byId.get(a.getCourseId());
			int position = a.getStatus() != ApplicationStatus.WAITING ? 0
					: waitingLists.computeIfAbsent(a.getCourseId(), this::waitingIds).indexOf(a.getId()) + 1;
			return toMine(a, course, position, now);
		}).toList();
	}

	/** One of the resident's own applications; empty when it is not theirs. */
	@Transactional(readOnly = true)
	public Optional<MyApplication> findMine(long applicationId, long accountId) {
		var now = clock.instant();
		return applications.findByIdAndAccountId(applicationId, accountId)
				.flatMap(a -> courses.findCardsByIdIn(List.of(a.getCourseId())).stream().findFirst()
						.map(course -> toMine(a, course, waitingPosition(a), now)));
	}

	/** What the resident filled in on one of their applications, with the course's questions. */
	public record MyApplicationDetails(Course course, List<Integer> childcareAges, String needs, String note,
			java.util.Map<Long, String> answers) {
	}

	@Transactional(readOnly = true)
	public Optional<MyApplicationDetails> detailsOfMine(long applicationId, long accountId) {
		return applications.findByIdAndAccountId(applicationId, accountId)
				.flatMap(a -> courses.findWithEverything(a.getCourseId()).map(course -> {
					course.getQuestions().size();
					return new MyApplicationDetails(course, a.getChildcareAges(), a.getNeeds(), a.getNote(),
							a.getAnswers());
				}));
	}

	private MyApplication toMine(CourseApplication a, Course course, int position, Instant now) {
		var first = course.getSessions().isEmpty() ? null : course.getSessions().get(0);
		var until = course.cancellableUntil();
		boolean cancellable = a.getStatus() != ApplicationStatus.CANCELLED && (until == null || now.isBefore(until));
		boolean past = course.getLastSessionEndsAt() != null && now.isAfter(course.getLastSessionEndsAt());
		return new MyApplication(a.getId(), course.getId(), course.getTitle(), course.getTitleEn(),
				first == null ? null : first.getDate(), first == null ? null : first.getStartsAt(),
				course.getSelectionMethod(), a.getStatus(), a.getLotteryWon(), position, cancellable, until,
				a.getOfferExpiresAt(), past, a.getAppliedAt());
	}

	/** Position on the waiting list, 1 for the next to get a place; 0 when not waiting. */
	@Transactional(readOnly = true)
	public int waitingPosition(CourseApplication application) {
		if (application.getStatus() != ApplicationStatus.WAITING) {
			return 0;
		}
		return waitingIds(application.getCourseId()).indexOf(application.getId()) + 1;
	}

	private List<Long> waitingIds(long courseId) {
		return applications.waitingList(courseId).stream().map(CourseApplication::getId).toList();
	}

	/** Answers to questions the course does not ask (a tampered form) are dropped, not stored. */
	private static ApplicationRequest withoutUnknownAnswers(Course course, ApplicationRequest request) {
		var asked = course.getQuestions().stream().map(CourseQuestion::getId).collect(Collectors.toSet());
		var answers = request.answers().entrySet().stream().filter(answer -> asked.contains(answer.getKey()))
				.collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
		return new ApplicationRequest(request.childcareAges(), request.needs(), request.note(), answers);
	}

	private void check(Course course, long accountId, Instant now) {
		if (course.getStatus() != CourseStatus.PUBLISHED) {
			throw new ApplicationRefused(course.getStatus() == CourseStatus.CANCELLED ? "course.apply.refused.cancelled"
					: "course.apply.refused.unknown");
		}
		if (!course.isAccepting(now)) {
			throw new ApplicationRefused("course.apply.refused.closed");
		}
		if (applications.existsByCourseIdAndAccountId(course.getId(), accountId)) {
			throw new ApplicationRefused("course.apply.refused.already");
		}
		var person = accounts.find(accountId).orElseThrow(() -> new ApplicationRefused("course.apply.refused.unknown"));
		checkEligible(course, person);
		var standing = limitStanding(accountId);
		if (course.getSelectionMethod() == SelectionMethod.LOTTERY && standing.lotteryLimitReached()) {
			throw new ApplicationRefused("course.apply.refused.lotteryLimit", standing.lotteryEntriesPerMonth());
		}
		if (standing.openLimitReached()) {
			throw new ApplicationRefused("course.apply.refused.openLimit", standing.openApplicationsAllowed());
		}
	}

	private void checkEligible(Course course, AccountSummary person) {
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
			int age = CourseAges.ageInYearOfFirstSession(course, person.birthYear(), clock);
			if (course.getMinAge() != null && age < course.getMinAge()
					|| course.getMaxAge() != null && age > course.getMaxAge()) {
				throw new ApplicationRefused("course.apply.refused.age");
			}
		}
	}
}
