package jp.manabi.portal.circle.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.ActivityEvents.EventSignedUp;
import jp.manabi.portal.circle.ActivityEvents.EventSignupCancelled;

/**
 * Residents' places at public events. A place is taken under the activity's row lock, counting
 * the confirmed sign-ups: however many sign up at once, an event is never oversold. One row per
 * person and event; a cancelled one is taken again while places remain.
 */
@Service
@Transactional
public class EventSignupService {

	private final CircleActivityRepository activities;
	private final EventSignupRepository signups;
	private final EventSignupLock lock;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	EventSignupService(CircleActivityRepository activities, EventSignupRepository signups, EventSignupLock lock,
			ApplicationEventPublisher events, Clock clock) {
		this.activities = activities;
		this.signups = signups;
		this.lock = lock;
		this.events = events;
		this.clock = clock;
	}

	/** An activity as its public page shows it; {@code mine} is the viewer's sign-up, if any. */
	public record PublicEvent(CircleActivity activity, String circleName, long confirmed, EventSignup mine,
			boolean started) {

		public Integer placesLeft() {
			return activity.getCapacity() == null ? null : (int) Math.max(0, activity.getCapacity() - confirmed);
		}

		public boolean signedUp() {
			return mine != null && mine.getStatus() == EventSignupStatus.CONFIRMED;
		}

		/** Whether the page offers the sign-up button. */
		public boolean open() {
			return activity.takesSignups() && !started && placesLeft() != null && placesLeft() > 0;
		}
	}

	/** A resident's sign-up as マイページ lists it. */
	public record MyEvent(long signupId, long circleId, long activityId, String circleName, String title,
			LocalDate date, LocalTime startsAt, LocalTime endsAt, String place, EventSignupStatus status,
			boolean eventCancelled, boolean past, boolean cancellable) {
	}

	/**
	 * The activity of a listed circle, for its public page; empty (a 404) when the circle is not
	 * listed or the activity is not that circle's.
	 */
	@Transactional(readOnly = true)
	public Optional<PublicEvent> findPublic(long circleId, long activityId, Long viewerId) {
		var now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, CircleActivity.ZONE);
		return activities.findByIdAndCircleId(activityId, circleId).filter(a -> a.getCircle().isListed(today))
				.map(a -> new PublicEvent(a, a.getCircle().getName(),
						signups.countByActivityIdAndStatus(activityId, EventSignupStatus.CONFIRMED),
						viewerId == null ? null
								: signups.findByActivityIdAndAccountId(activityId, viewerId).orElse(null),
						a.hasStarted(now)));
	}

	/** Takes a place for the resident, or says why not (full, closed, already signed up…). */
	public long signUp(long circleId, long activityId, long accountId) {
		var now = clock.instant();
		var activity = (lock.enabled() ? activities.findForUpdate(activityId) : activities.findById(activityId))
				.filter(a -> a.getCircle().getId() == circleId)
				.filter(a -> a.getCircle().isListed(LocalDate.ofInstant(now, CircleActivity.ZONE)))
				.orElseThrow(() -> new EventSignupRefused("circle.event.refused.unknown"));
		if (activity.isCancelled()) {
			throw new EventSignupRefused("circle.event.refused.cancelled");
		}
		if (activity.hasStarted(now)) {
			throw new EventSignupRefused("circle.event.refused.past");
		}
		if (!activity.takesSignups()) {
			throw new EventSignupRefused("circle.event.refused.closed");
		}
		var existing = signups.findByActivityIdAndAccountId(activityId, accountId);
		if (existing.isPresent() && existing.get().getStatus() == EventSignupStatus.CONFIRMED) {
			throw new EventSignupRefused("circle.event.refused.already");
		}
		long confirmed = signups.countByActivityIdAndStatus(activityId, EventSignupStatus.CONFIRMED);
		if (confirmed >= activity.getCapacity()) {
			throw new EventSignupRefused("circle.event.refused.full");
		}
		lock.betweenCountAndTake();
		EventSignup signup;
		if (existing.isPresent()) {
			signup = existing.get();
			signup.confirmAgain();
		}
		else {
			signup = new EventSignup(activityId, accountId, now);
			try {
				signups.saveAndFlush(signup);
			}
			catch (DataIntegrityViolationException twoTabs) {
				// The same person in two tabs at once: the unique (activity, person) decides.
				throw new EventSignupRefused("circle.event.refused.already");
			}
		}
		events.publishEvent(new EventSignedUp(signup.getId(), accountId,
				ActivityService.facts(activity.getCircle(), activity)));
		return signup.getId();
	}

	/** The resident gives up their own place, until the event starts. */
	public void cancel(long signupId, long accountId) {
		var now = clock.instant();
		var signup = signups.findByIdAndAccountId(signupId, accountId)
				.orElseThrow(() -> new EventSignupRefused("circle.event.refused.unknownSignup"));
		var activity = activities.findForUpdate(signup.getActivityId()).orElseThrow();
		if (signup.getStatus() == EventSignupStatus.CANCELLED) {
			throw new EventSignupRefused("circle.event.refused.alreadyCancelled");
		}
		if (activity.hasStarted(now)) {
			throw new EventSignupRefused("circle.event.refused.tooLateToCancel");
		}
		signup.cancel(now);
		events.publishEvent(new EventSignupCancelled(signup.getId(), accountId,
				ActivityService.facts(activity.getCircle(), activity)));
	}

	/** The resident's sign-ups, soonest event first, past ones last. */
	@Transactional(readOnly = true)
	public List<MyEvent> ofResident(long accountId) {
		Instant now = clock.instant();
		var mine = signups.findByAccountIdOrderByCreatedAtDesc(accountId);
		if (mine.isEmpty()) {
			return List.of();
		}
		var byId = activities.findWithCircleByIdIn(mine.stream().map(EventSignup::getActivityId).toList()).stream()
				.collect(Collectors.toMap(CircleActivity::getId, Function.identity()));
		return mine.stream().filter(s -> byId.containsKey(s.getActivityId())).map(s -> {
			var a = byId.get(s.getActivityId());
			boolean past = a.hasStarted(now);
			return new MyEvent(s.getId(), a.getCircle().getId(), a.getId(), a.getCircle().getName(), a.getTitle(),
					a.getActivityDate(), a.getStartsAt(), a.getEndsAt(), a.getPlace(), s.getStatus(), a.isCancelled(),
					past, s.getStatus() == EventSignupStatus.CONFIRMED && !past && !a.isCancelled());
		}).sorted(java.util.Comparator.comparing(MyEvent::past).thenComparing(MyEvent::date)
				.thenComparing(MyEvent::startsAt)).toList();
	}
}
