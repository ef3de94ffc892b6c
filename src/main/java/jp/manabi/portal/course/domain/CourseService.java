package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.course.ApplicationEvents.CourseCancelledForApplicant;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.plan.Plans;

/**
 * Creating and changing courses. The rules are checked here, with the field they concern, and
 * again by the database's constraints.
 */
@Service
@Transactional
public class CourseService {

	private final CourseRepository courses;
	private final CourseCategoryRepository categories;
	private final VenueRepository venues;
	private final Plans plans;
	private final CourseApplicationRepository applications;
	private final ApplicationHistory history;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CourseService(CourseRepository courses, CourseCategoryRepository categories, VenueRepository venues, Plans plans,
			CourseApplicationRepository applications, ApplicationHistory history, ApplicationEventPublisher events,
			Clock clock) {
		this.applications = applications;
		this.history = history;
		this.events = events;
		this.clock = clock;
		this.courses = courses;
		this.categories = categories;
		this.venues = venues;
		this.plans = plans;
	}

	/** Sets the plan nodes a course serves; unknown node ids are refused. */
	public void linkToPlan(long courseId, Set<Long> nodeIds) {
		var scope = plans.scopeOf(nodeIds)
				.orElseThrow(() -> new CourseRuleViolation("planNodeIds", "course.rule.unknownPlanNode"));
		courses.findById(courseId).orElseThrow().linkToPlan(new LinkedHashSet<>(nodeIds), scope);
	}

	/** Creates a course and links it to the plan nodes it serves, in one transaction. */
	public long create(CourseDetails details, List<SessionTime> sessions, Set<Long> planNodeIds) {
		long id = create(details, sessions);
		linkToPlan(id, planNodeIds);
		return id;
	}

	public void update(long courseId, long expectedVersion, CourseDetails details, List<SessionTime> sessions,
			Set<Long> planNodeIds) {
		update(courseId, expectedVersion, details, sessions);
		linkToPlan(courseId, planNodeIds);
	}

	public long create(CourseDetails details, List<SessionTime> sessions) {
		check(details, sessions);
		var course = new Course(details, category(details), venue(details));
		course.replaceSessions(sessions);
		return courses.save(course).getId();
	}

	public void update(long courseId, long expectedVersion, CourseDetails details, List<SessionTime> sessions) {
		var course = courses.findById(courseId).orElseThrow();
		if (course.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Course.class, courseId);
		}
		check(details, sessions);
		course.update(details, category(details), venue(details));
		course.replaceSessions(sessions);
	}

	public void publish(long courseId) {
		var course = courses.findWithEverything(courseId).orElseThrow();
		if (course.getSessions().isEmpty()) {
			throw new CourseRuleViolation("sessions", "course.rule.noSessions");
		}
		course.publish();
	}

	public void unpublish(long courseId) {
		courses.findById(courseId).orElseThrow().unpublish();
	}

	/**
	 * Cancels the course; every application that had a place or was waiting is cancelled with it
	 * and its holder is told why, after this transaction commits.
	 */
	public void cancel(long courseId, String reason, Long staff) {
		if (reason == null || reason.isBlank()) {
			throw new CourseRuleViolation("reason", "course.rule.cancelReason");
		}
		var course = courses.findForUpdate(courseId).orElseThrow();
		course.cancel(reason.strip());
		var now = clock.instant();
		for (var application : applications.activeOf(courseId)) {
			var before = application.getStatus();
			application.cancel(reason.strip(), staff, now);
			history.record(application, before, reason.strip(), staff);
			// Counter applicants without an account are phoned by staff from the list.
			if (application.getAccountId() != null) {
				events.publishEvent(new CourseCancelledForApplicant(application.getId(), courseId,
						application.getAccountId(), course.getTitle(), reason.strip()));
			}
		}
	}

	/**
	 * Sets how the course treats applications and the questions its form asks. Questions stay as
	 * they are once someone has applied: answers already given must keep their meaning.
	 */
	public void changeApplicationSettings(long courseId, ApplicationRules rules,
			List<CourseQuestion.Definition> questions) {
		var course = courses.findForUpdate(courseId).orElseThrow();
		var current = course.getQuestions().stream().map(CourseQuestion::definition).toList();
		if (!current.equals(questions) && applications.existsByCourseId(courseId)) {
			throw new CourseRuleViolation("questions", "course.rules.questionsLocked");
		}
		course.changeApplicationRules(rules);
		course.replaceQuestions(questions);
	}

	/** A draft copy for a new term, with every date moved by {@code shift}. */
	public long duplicate(long courseId, Duration shift) {
		var original = courses.findWithEverything(courseId).orElseThrow();
		var details = original.details();
		var moved = new CourseDetails(details.title(), details.titleEn(), details.summary(), details.summaryEn(),
				details.description(), details.categoryCode(), details.organizerType(), details.organizerName(),
				details.venueId(), details.online(), details.capacity(), details.feeYen(),
				details.applicationOpensAt().plus(shift), details.applicationClosesAt().plus(shift),
				details.selectionMethod(), details.eligibility(), details.minAge(), details.maxAge(),
				details.childcareOffered(), details.childcareCapacity(), details.childcareMinAge(),
				details.childcareMaxAge(), details.easyJapanese(), details.englishSupport(), details.audiences());
		long days = shift.toDays();
		var sessions = original.getSessions().stream()
				.map(s -> new SessionTime(s.getDate().plusDays(days), s.getStartsAt(), s.getEndsAt())).toList();
		long copy = create(moved, sessions);
		linkToPlan(copy, original.getPlanNodeIds());
		var duplicate = courses.findById(copy).orElseThrow();
		duplicate.replaceQuestions(original.getQuestions().stream().map(CourseQuestion::definition).toList());
		var rules = original.applicationRules();
		duplicate.changeApplicationRules(new ApplicationRules(plus(rules.cancellationDeadline(), shift),
				plus(rules.promotionCutoff(), shift), rules.lotteryResidentsFirst(), rules.lotteryFirstTimerMonths(),
				plus(rules.lotteryConfirmBy(), shift)));
		return copy;
	}

	private static Instant plus(Instant instant, Duration shift) {
		return instant == null ? null : instant.plus(shift);
	}

	private void check(CourseDetails details, List<SessionTime> sessions) {
		if (!details.applicationClosesAt().isAfter(details.applicationOpensAt())) {
			throw new CourseRuleViolation("applicationClosesAt", "course.rule.windowOrder");
		}
		if (details.venueId() == null && !details.online()) {
			throw new CourseRuleViolation("venueId", "course.rule.placeNeeded");
		}
		for (var session : sessions) {
			if (!session.endsAt().isAfter(session.startsAt())) {
				throw new CourseRuleViolation("sessions", "course.rule.sessionEndsAfterStart");
			}
		}
		sessions.stream().map(s -> s.date().atTime(s.startsAt()).atZone(Course.ZONE).toInstant()).min(Comparable::compareTo)
				.filter(first -> details.applicationClosesAt().isAfter(first)).ifPresent(first -> {
					throw new CourseRuleViolation("applicationClosesAt", "course.rule.windowBeforeStart");
				});
		if (details.minAge() != null && details.maxAge() != null && details.minAge() > details.maxAge()) {
			throw new CourseRuleViolation("maxAge", "course.rule.ageOrder");
		}
		if (details.childcareOffered() && (details.childcareCapacity() == null || details.childcareCapacity() < 1
				|| details.childcareMinAge() == null || details.childcareMaxAge() == null
				|| details.childcareMinAge() > details.childcareMaxAge())) {
			throw new CourseRuleViolation("childcareCapacity", "course.rule.childcareIncomplete");
		}
	}

	private CourseCategory category(CourseDetails details) {
		return categories.findById(details.categoryCode())
				.orElseThrow(() -> new CourseRuleViolation("categoryCode", "course.rule.unknownCategory"));
	}

	private Venue venue(CourseDetails details) {
		if (details.venueId() == null) {
			return null;
		}
		return venues.findById(details.venueId())
				.orElseThrow(() -> new CourseRuleViolation("venueId", "course.rule.unknownVenue"));
	}
}
