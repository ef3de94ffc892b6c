package jp.manabi.portal.circle.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;

/**
 * Circles for the activity tests, made through JPA (so the search index stays true): registered
 * to the end of the fiscal year, or still pending, with a LEADER row for the given account.
 */
@Component
public class ActivityTestCircles {

	private final CircleRepository circles;
	private final CircleMemberRepository members;
	private final CircleCategoryRepository categories;
	private final CircleActivityRepository activities;
	private final Plans plans;
	private final Clock clock;

	ActivityTestCircles(CircleRepository circles, CircleMemberRepository members, CircleCategoryRepository categories,
			CircleActivityRepository activities, Plans plans, Clock clock) {
		this.circles = circles;
		this.members = members;
		this.categories = categories;
		this.activities = activities;
		this.plans = plans;
		this.clock = clock;
	}

	/** A registered, listed circle led by the account. */
	@Transactional
	public long registered(long leaderId, String name) {
		return registered(leaderId, name, Set.of());
	}

	/** A registered circle linked to the plan nodes (its scope is them and all their ancestors). */
	@Transactional
	public long registered(long leaderId, String name, Set<Long> planNodeIds) {
		var circle = newCircle(name);
		circle.changeStatus(CircleStatus.REGISTERED, null);
		circle.registerUntil(LocalDate.now(clock.withZone(CircleActivity.ZONE)).plusYears(1), Instant.now());
		var scope = new LinkedHashSet<Long>();
		planNodeIds.forEach(id -> plans.path(id).forEach(node -> scope.add(node.id())));
		circle.linkToPlan(planNodeIds, scope);
		return save(circle, leaderId);
	}

	/** A circle still waiting for review (not listed) led by the account. */
	@Transactional
	public long pending(long leaderId, String name) {
		return save(newCircle(name), leaderId);
	}

	/** An activity straight into the circle, past or future, bypassing the leader's checks. */
	@Transactional
	public long activity(long circleId, long leaderId, ActivityKind kind, LocalDate date, Integer capacity,
			boolean signupOpen) {
		var circle = circles.findById(circleId).orElseThrow();
		return activities.save(new CircleActivity(circle, new ActivityDetails(kind, "活動 " + System.nanoTime(),
				"説明", date, LocalTime.of(10, 0), LocalTime.of(12, 0), "区民ひろば", null, capacity, signupOpen, 0),
				leaderId)).getId();
	}

	@Transactional(readOnly = true)
	public String title(long activityId) {
		return activities.findById(activityId).orElseThrow().getTitle();
	}

	/** Two actions under one measure of the active plan, for the roll-up test. */
	public List<PlanNodeRef> twoActionsOfOneMeasure() {
		var targets = plans.linkTargets();
		for (var a : targets) {
			for (var b : targets) {
				if (a.id() < b.id() && a.level() == jp.manabi.portal.plan.PlanLevel.ACTION
						&& b.level() == jp.manabi.portal.plan.PlanLevel.ACTION && parent(a) == parent(b)) {
					return List.of(a, b);
				}
			}
		}
		throw new IllegalStateException("the active plan has no measure with two actions");
	}

	public List<PlanNodeRef> path(long nodeId) {
		return plans.path(nodeId);
	}

	private long parent(PlanNodeRef node) {
		var path = plans.path(node.id());
		return path.get(path.size() - 2).id();
	}

	private Circle newCircle(String name) {
		return new Circle(new CircleDetails(name, "テスト用のサークルです。", "ikebukuro", "区民ひろば池袋", 10, true,
				"どなたでも", 500, FeePeriod.MONTH, null, true), categories.findById("culture").orElseThrow());
	}

	private long save(Circle circle, long leaderId) {
		long id = circles.save(circle).getId();
		members.save(new CircleMember(id, leaderId, CircleRole.LEADER));
		return id;
	}
}
