package jp.manabi.portal.circle.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.circle.ActivityEvents.EventCancelledForSignup;
import jp.manabi.portal.circle.ActivityEvents.EventFacts;
import jp.manabi.portal.shared.MunicipalityProperties;

/**
 * Leaders post, edit and cancel their circle's activities. Every method takes the signed-in
 * account and answers "no such circle" (empty, or {@link ActivityNotFound}) unless that account
 * leads or co-leads the circle and the activity is the circle's: one resident never reaches
 * another's circle, whatever ids a form carries.
 */
@Service
@Transactional
public class ActivityService {

	private final CircleRepository circles;
	private final CircleMemberRepository members;
	private final CircleActivityRepository activities;
	private final EventSignupRepository signups;
	private final Accounts accounts;
	private final MunicipalityProperties municipality;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ActivityService(CircleRepository circles, CircleMemberRepository members, CircleActivityRepository activities,
			EventSignupRepository signups, Accounts accounts, MunicipalityProperties municipality,
			ApplicationEventPublisher events, Clock clock) {
		this.circles = circles;
		this.members = members;
		this.activities = activities;
		this.signups = signups;
		this.accounts = accounts;
		this.municipality = municipality;
		this.events = events;
		this.clock = clock;
	}

	/** The circle is not the account's to manage, or the activity not the circle's: a 404 for the web. */
	public static class ActivityNotFound extends RuntimeException {
		public ActivityNotFound() {
			super("not found");
		}
	}

	/** One of the circle's activities with its confirmed sign-ups, for the leader. */
	public record LeaderActivity(CircleActivity activity, long confirmed) {
		public Integer placesLeft() {
			return activity.getCapacity() == null ? null : (int) Math.max(0, activity.getCapacity() - confirmed);
		}
	}

	/** The circle when the account leads or co-leads it. */
	@Transactional(readOnly = true)
	public Optional<Circle> managed(long circleId, long accountId) {
		boolean manages = members.findByCircleIdAndAccountId(circleId, accountId).map(m -> m.getRole().manages())
				.orElse(false);
		return manages ? circles.findById(circleId) : Optional.empty();
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(CircleActivity.ZONE));
	}

	/** Whether the circle may post public events: registered and listed. */
	@Transactional(readOnly = true)
	public boolean mayPostEvents(Circle circle) {
		return circle.isListed(today());
	}

	@Transactional(readOnly = true)
	public List<LeaderActivity> list(long circleId, long accountId) {
		managed(circleId, accountId).orElseThrow(ActivityNotFound::new);
		var all = activities.findByCircleIdOrderByActivityDateDescStartsAtDesc(circleId);
		var counts = confirmedCounts(all.stream().map(CircleActivity::getId).toList());
		return all.stream().map(a -> new LeaderActivity(a, counts.getOrDefault(a.getId(), 0L))).toList();
	}

	@Transactional(readOnly = true)
	public LeaderActivity find(long circleId, long activityId, long accountId) {
		managed(circleId, accountId).orElseThrow(ActivityNotFound::new);
		var activity = activities.findByIdAndCircleId(activityId, circleId).orElseThrow(ActivityNotFound::new);
		return new LeaderActivity(activity,
				signups.countByActivityIdAndStatus(activityId, EventSignupStatus.CONFIRMED));
	}

	/** The display names (nothing else) of the residents holding a place, in order of signing up. */
	@Transactional(readOnly = true)
	public List<String> signedUpNames(long circleId, long activityId, long accountId) {
		find(circleId, activityId, accountId);
		var ids = signups.findByActivityIdAndStatusOrderByCreatedAtAsc(activityId, EventSignupStatus.CONFIRMED)
				.stream().map(EventSignup::getAccountId).toList();
		Map<Long, AccountSummary> people = accounts.findAll(ids);
		return ids.stream().filter(people::containsKey).map(id -> people.get(id).displayName()).toList();
	}

	/** The activities of the circle a report may name: those already held, newest first. */
	@Transactional(readOnly = true)
	public List<CircleActivity> heldActivities(long circleId, long accountId) {
		managed(circleId, accountId).orElseThrow(ActivityNotFound::new);
		LocalDate today = today();
		return activities.findByCircleIdOrderByActivityDateDescStartsAtDesc(circleId).stream()
				.filter(a -> !a.isCancelled() && !a.getActivityDate().isAfter(today)).toList();
	}

	/** What is wrong with the details for this circle; empty when they can be saved. */
	@Transactional(readOnly = true)
	public List<ActivityProblem> problems(Circle circle, ActivityDetails details, CircleActivity editing,
			long confirmed) {
		var problems = new ArrayList<ActivityProblem>();
		LocalDate today = today();
		boolean dateChanged = editing == null || !editing.getActivityDate().equals(details.date());
		if (details.date() != null && dateChanged && details.date().isBefore(today)) {
			problems.add(new ActivityProblem("date", "circle.activity.error.pastDate"));
		}
		if (details.startsAt() != null && details.endsAt() != null && !details.endsAt().isAfter(details.startsAt())) {
			problems.add(new ActivityProblem("endsAt", "circle.activity.error.endsBeforeStart"));
		}
		if (details.kind() == ActivityKind.EVENT && !circle.isListed(today)) {
			problems.add(new ActivityProblem("kind", "circle.activity.error.eventNeedsListedCircle"));
		}
		if (details.kind() == ActivityKind.EVENT && details.signupOpen() && details.capacity() == null) {
			problems.add(new ActivityProblem("capacity", "circle.activity.error.capacityForSignups"));
		}
		if (details.capacity() != null && details.capacity() < confirmed) {
			problems.add(new ActivityProblem("capacity", "circle.activity.error.capacityBelowSignups"));
		}
		if (details.areaCode() != null && !details.areaCode().isBlank()
				&& !municipality.hasArea(details.areaCode())) {
			problems.add(new ActivityProblem("areaCode", "validation.area"));
		}
		return problems;
	}

	/** Posts a new activity; refused (with the problems) when {@link #problems} finds any. */
	public long post(long circleId, long accountId, ActivityDetails details) {
		var circle = managed(circleId, accountId).orElseThrow(ActivityNotFound::new);
		var problems = problems(circle, details, null, 0);
		if (!problems.isEmpty()) {
			throw new ActivityRefused(problems);
		}
		return activities.save(new CircleActivity(circle, details, accountId)).getId();
	}

	/** Changes an activity; under its lock, so capacity never drops below the places already taken. */
	public void edit(long circleId, long activityId, long accountId, ActivityDetails details) {
		var circle = managed(circleId, accountId).orElseThrow(ActivityNotFound::new);
		var activity = activities.findForUpdate(activityId).filter(a -> a.getCircle().getId() == circleId)
				.orElseThrow(ActivityNotFound::new);
		if (activity.isCancelled()) {
			throw new ActivityRefused("kind", "circle.activity.error.cancelled");
		}
		long confirmed = signups.countByActivityIdAndStatus(activityId, EventSignupStatus.CONFIRMED);
		if (confirmed > 0 && details.kind() != ActivityKind.EVENT) {
			throw new ActivityRefused("kind", "circle.activity.error.kindWithSignups");
		}
		var problems = problems(circle, details, activity, confirmed);
		if (!problems.isEmpty()) {
			throw new ActivityRefused(problems);
		}
		activity.update(details);
	}

	/** Cancels the activity; everyone holding a place is mailed. */
	public void cancel(long circleId, long activityId, long accountId) {
		var circle = managed(circleId, accountId).orElseThrow(ActivityNotFound::new);
		var activity = activities.findForUpdate(activityId).filter(a -> a.getCircle().getId() == circleId)
				.orElseThrow(ActivityNotFound::new);
		if (activity.isCancelled()) {
			return;
		}
		activity.cancel();
		var facts = facts(circle, activity);
		signups.findByActivityIdAndStatusOrderByCreatedAtAsc(activityId, EventSignupStatus.CONFIRMED)
				.forEach(s -> events.publishEvent(new EventCancelledForSignup(s.getId(), s.getAccountId(), facts)));
	}

	static EventFacts facts(Circle circle, CircleActivity activity) {
		return new EventFacts(circle.getId(), activity.getId(), circle.getName(), activity.getTitle(),
				activity.getActivityDate(), activity.getStartsAt(), activity.getEndsAt(), activity.getPlace());
	}

	private Map<Long, Long> confirmedCounts(List<Long> activityIds) {
		var counts = new HashMap<Long, Long>();
		if (!activityIds.isEmpty()) {
			for (Object[] row : signups.countConfirmedByActivity(activityIds)) {
				counts.put((Long) row[0], (Long) row[1]);
			}
		}
		return counts;
	}
}
