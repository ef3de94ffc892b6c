package jp.manabi.portal.circle.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.CircleEvents.CircleSubmitted;
import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.shared.image.SanitizedImage;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * What a leader does with their circle's registration: register it (becoming its leader), change
 * it, renew it for the next fiscal year, suspend or dissolve it. Who may do what is checked here,
 * by (circle, account), so a crafted request for another person's circle finds nothing.
 */
@Service
@Transactional
public class CircleRegistrationService {

	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	public static final int MAX_SCHEDULE_RULES = 5;

	private final CircleRepository circles;
	private final CircleMemberRepository members;
	private final CircleCategoryRepository categories;
	private final CircleImageRepository images;
	private final Plans plans;
	private final MunicipalityProperties municipality;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CircleRegistrationService(CircleRepository circles, CircleMemberRepository members,
			CircleCategoryRepository categories, CircleImageRepository images, Plans plans,
			MunicipalityProperties municipality, ApplicationEventPublisher events, Clock clock) {
		this.circles = circles;
		this.members = members;
		this.categories = categories;
		this.images = images;
		this.plans = plans;
		this.municipality = municipality;
		this.events = events;
		this.clock = clock;
	}

	/** What the registration and edit forms hand over. {@code image} is null when none was chosen. */
	public record Registration(CircleDetails details, String categoryCode, List<ScheduleRule.Meeting> meetings,
			Set<Long> planNodeIds, SanitizedImage image) {
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** Registers a circle waiting for staff; the account becomes its leader. */
	public long register(long leaderId, Registration registration) {
		check(registration);
		var circle = new Circle(registration.details(), category(registration.categoryCode()));
		circle.replaceSchedule(registration.meetings());
		circle.linkToPlan(new LinkedHashSet<>(registration.planNodeIds()), scope(registration.planNodeIds()));
		if (registration.image() != null) {
			circle.useImage(images.save(new CircleImage(registration.image(), leaderId)).getId());
		}
		long id = circles.save(circle).getId();
		members.save(new CircleMember(id, leaderId, CircleRole.LEADER));
		events.publishEvent(new CircleSubmitted(id, leaderId, circle.getName()));
		return id;
	}

	/**
	 * Changes a circle its leader or a co-leader manages. A registered circle stays public and
	 * staff check the change afterwards (事後確認); one sent back by staff goes to them again.
	 */
	public void update(long circleId, long accountId, long expectedVersion, Registration registration,
			boolean removeImage) {
		var circle = managed(circleId, accountId);
		if (circle.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Circle.class, circleId);
		}
		if (!circle.getStatus().editable()) {
			throw new CircleRegistrationRefused("action", "circle.manage.rule.dissolved");
		}
		check(registration);
		circle.update(registration.details(), category(registration.categoryCode()));
		circle.replaceSchedule(registration.meetings());
		circle.linkToPlan(new LinkedHashSet<>(registration.planNodeIds()), scope(registration.planNodeIds()));
		if (registration.image() != null) {
			circle.useImage(images.save(new CircleImage(registration.image(), accountId)).getId());
		}
		else if (removeImage) {
			circle.useImage(null);
		}
		switch (circle.getStatus()) {
			case REGISTERED -> circle.changedByLeader(clock.instant());
			case CHANGES_REQUESTED -> {
				circle.changeStatus(CircleStatus.PENDING, null);
				events.publishEvent(new CircleSubmitted(circleId, leaderOf(circleId), circle.getName()));
			}
			default -> {
				// PENDING stays in the queue as it is; a suspended circle stays suspended.
			}
		}
	}

	/** Whether the leader may renew now: from 1 February of the registration's last fiscal year, or once it lapsed. */
	public static boolean renewable(Circle circle, LocalDate today) {
		if (circle.getStatus() != CircleStatus.REGISTERED || circle.getValidUntil() == null) {
			return false;
		}
		var lastYear = FiscalYear.of(circle.getValidUntil());
		return !today.isBefore(LocalDate.of(lastYear.lastDay().getYear(), Month.FEBRUARY, 1));
	}

	/** Extends the registration to the next 31 March; staff see it among the renewals to check. */
	public LocalDate renew(long circleId, long accountId) {
		var circle = managed(circleId, accountId);
		var today = today();
		if (!renewable(circle, today)) {
			throw new CircleRegistrationRefused("renew", "circle.manage.rule.notRenewable");
		}
		var until = circle.getValidUntil().isBefore(today) ? FiscalYear.of(today).lastDay()
				: FiscalYear.of(circle.getValidUntil()).next().lastDay();
		circle.renewedByLeader(until, clock.instant());
		return until;
	}

	/** The leader pauses the circle (休止): it leaves the public lists until staff reinstate it. */
	public void suspendByLeader(long circleId, long accountId, String note) {
		var circle = led(circleId, accountId);
		if (circle.getStatus() == CircleStatus.DISSOLVED || circle.getStatus() == CircleStatus.SUSPENDED) {
			throw new CircleRegistrationRefused("suspend", "circle.manage.rule.cannotSuspend");
		}
		circle.changeStatus(CircleStatus.SUSPENDED, note.strip());
	}

	/** The leader dissolves the circle (解散); there is no way back. */
	public void dissolveByLeader(long circleId, long accountId, String note) {
		var circle = led(circleId, accountId);
		if (circle.getStatus() == CircleStatus.DISSOLVED) {
			throw new CircleRegistrationRefused("dissolve", "circle.manage.rule.dissolved");
		}
		circle.changeStatus(CircleStatus.DISSOLVED, note == null || note.isBlank() ? null : note.strip());
	}

	/** The circle when the account leads or co-leads it; otherwise nothing (a 404 for the page). */
	@Transactional(readOnly = true)
	public Optional<Circle> findManaged(long circleId, long accountId) {
		return members.findByCircleIdAndAccountId(circleId, accountId).filter(m -> m.getRole().manages())
				.flatMap(m -> circles.findWithScheduleByIdIn(List.of(circleId)).stream().findFirst())
				.map(CircleRegistrationService::loaded);
	}

	/** With its plan links read, for pages rendered after the transaction. */
	static Circle loaded(Circle circle) {
		circle.getPlanNodeIds().size();
		circle.getPlanScope().size();
		return circle;
	}

	@Transactional(readOnly = true)
	public Optional<CircleRole> roleOf(long circleId, long accountId) {
		return members.findByCircleIdAndAccountId(circleId, accountId).map(CircleMember::getRole);
	}

	long leaderOf(long circleId) {
		return members.findByCircleIdOrderByJoinedAtAsc(circleId).stream()
				.filter(m -> m.getRole() == CircleRole.LEADER).findFirst().orElseThrow().getAccountId();
	}

	private Circle managed(long circleId, long accountId) {
		var role = members.findByCircleIdAndAccountId(circleId, accountId).map(CircleMember::getRole);
		if (role.isEmpty() || !role.get().manages()) {
			throw new CircleRegistrationNotFound();
		}
		return circles.findById(circleId).orElseThrow(CircleRegistrationNotFound::new);
	}

	private Circle led(long circleId, long accountId) {
		var role = members.findByCircleIdAndAccountId(circleId, accountId).map(CircleMember::getRole);
		if (role.isEmpty() || !role.get().manages()) {
			throw new CircleRegistrationNotFound();
		}
		if (role.get() != CircleRole.LEADER) {
			throw new CircleRegistrationRefused("action", "circle.manage.rule.leaderOnly");
		}
		return circles.findForUpdate(circleId).orElseThrow(CircleRegistrationNotFound::new);
	}

	private void check(Registration registration) {
		var details = registration.details();
		if (!municipality.hasArea(details.areaCode())) {
			throw new CircleRegistrationRefused("areaCode", "validation.area");
		}
		if (registration.meetings().isEmpty()) {
			throw new CircleRegistrationRefused("schedule", "circle.manage.rule.scheduleNeeded");
		}
		if (registration.meetings().size() > MAX_SCHEDULE_RULES) {
			throw new CircleRegistrationRefused("schedule", "circle.manage.rule.scheduleTooMany");
		}
		for (var meeting : registration.meetings()) {
			if (!meeting.endsAt().isAfter(meeting.startsAt())) {
				throw new CircleRegistrationRefused("schedule", "circle.manage.rule.endsAfterStart");
			}
			if (meeting.frequency() == ScheduleFrequency.MONTHLY
					&& (meeting.weeks().isEmpty() || meeting.weeks().stream().anyMatch(w -> w < 1 || w > 5))) {
				throw new CircleRegistrationRefused("schedule", "circle.manage.rule.weeksNeeded");
			}
		}
	}

	private Set<Long> scope(Set<Long> nodeIds) {
		return plans.scopeOf(nodeIds)
				.orElseThrow(() -> new CircleRegistrationRefused("planNodeIds", "circle.manage.rule.unknownPlanNode"));
	}

	private CircleCategory category(String code) {
		return categories.findById(code == null ? "" : code)
				.orElseThrow(() -> new CircleRegistrationRefused("categoryCode", "circle.manage.rule.unknownCategory"));
	}
}
