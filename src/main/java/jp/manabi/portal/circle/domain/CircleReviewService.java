package jp.manabi.portal.circle.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.circle.CircleEvents.CircleApproved;
import jp.manabi.portal.circle.CircleEvents.CircleChangesRequested;
import jp.manabi.portal.circle.CircleEvents.CircleDissolved;
import jp.manabi.portal.circle.CircleEvents.CircleSuspended;
import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * Staff review of circles: approve, ask for changes, note that an edit or a renewal was checked,
 * suspend, reinstate, dissolve. Every step names the version the page showed (two staff never
 * overwrite each other) and goes into the audit log in the same transaction.
 */
@Service
@Transactional
public class CircleReviewService {

	static final String SUBJECT = "circle";

	private final CircleRepository circles;
	private final CircleMemberRepository members;
	private final Accounts accounts;
	private final CircleRegistrationService registrations;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CircleReviewService(CircleRepository circles, CircleMemberRepository members, Accounts accounts,
			CircleRegistrationService registrations, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.circles = circles;
		this.members = members;
		this.accounts = accounts;
		this.registrations = registrations;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Registered until the end of the current fiscal year (the leader renews it from then on). */
	public void approve(long circleId, long expectedVersion) {
		var circle = circle(circleId, expectedVersion, EnumSet.of(CircleStatus.PENDING));
		var until = FiscalYear.of(registrations.today()).lastDay();
		circle.registerUntil(until, clock.instant());
		circle.changeStatus(CircleStatus.REGISTERED, null);
		circle.changesChecked();
		audit.record(AuditAction.ADMIN, SUBJECT, circleId, "approved until " + until);
		events.publishEvent(new CircleApproved(circleId, registrations.leaderOf(circleId), circle.getName(), until));
	}

	public void requestChanges(long circleId, long expectedVersion, String comment) {
		var circle = circle(circleId, expectedVersion, EnumSet.of(CircleStatus.PENDING));
		circle.changeStatus(CircleStatus.CHANGES_REQUESTED, required(comment, "comment"));
		audit.record(AuditAction.ADMIN, SUBJECT, circleId, "changes requested");
		events.publishEvent(new CircleChangesRequested(circleId, registrations.leaderOf(circleId), circle.getName(),
				circle.getStatusComment()));
	}

	/** Staff looked at a registered circle's edit (事後確認). */
	public void markChangesChecked(long circleId, long expectedVersion) {
		var circle = circle(circleId, expectedVersion, EnumSet.allOf(CircleStatus.class));
		circle.changesChecked();
		audit.record(AuditAction.CHANGE, SUBJECT, circleId, "changes checked");
	}

	public void markRenewalChecked(long circleId, long expectedVersion) {
		var circle = circle(circleId, expectedVersion, EnumSet.allOf(CircleStatus.class));
		circle.renewalChecked();
		audit.record(AuditAction.CHANGE, SUBJECT, circleId, "renewal checked");
	}

	public void suspend(long circleId, long expectedVersion, String reason) {
		var circle = circle(circleId, expectedVersion, EnumSet.of(CircleStatus.REGISTERED, CircleStatus.PENDING,
				CircleStatus.CHANGES_REQUESTED));
		circle.changeStatus(CircleStatus.SUSPENDED, required(reason, "reason"));
		audit.record(AuditAction.ADMIN, SUBJECT, circleId, "suspended");
		events.publishEvent(new CircleSuspended(circleId, registrations.leaderOf(circleId), circle.getName(),
				circle.getStatusComment()));
	}

	/** A suspended circle is registered again, to the end of the current fiscal year at least. */
	public void reinstate(long circleId, long expectedVersion) {
		var circle = circle(circleId, expectedVersion, EnumSet.of(CircleStatus.SUSPENDED));
		var endOfYear = FiscalYear.of(registrations.today()).lastDay();
		if (circle.getValidUntil() == null || circle.getValidUntil().isBefore(endOfYear)) {
			circle.registerUntil(endOfYear, clock.instant());
		}
		circle.changeStatus(CircleStatus.REGISTERED, null);
		audit.record(AuditAction.ADMIN, SUBJECT, circleId, "reinstated");
	}

	public void dissolve(long circleId, long expectedVersion, String reason) {
		var circle = circle(circleId, expectedVersion, EnumSet.complementOf(EnumSet.of(CircleStatus.DISSOLVED)));
		circle.changeStatus(CircleStatus.DISSOLVED, required(reason, "reason"));
		audit.record(AuditAction.ADMIN, SUBJECT, circleId, "dissolved");
		events.publishEvent(new CircleDissolved(circleId, registrations.leaderOf(circleId), circle.getName(),
				circle.getStatusComment()));
	}

	/** What the staff page shows; the leader's name and contact are personal data, so the view is logged. */
	public record StaffView(Circle circle, AccountSummary leader, List<CircleMember> people) {
	}

	public Optional<StaffView> view(long circleId) {
		var circle = circles.findWithScheduleByIdIn(List.of(circleId)).stream().findFirst()
				.map(CircleRegistrationService::loaded);
		if (circle.isEmpty()) {
			return Optional.empty();
		}
		var people = members.findByCircleIdOrderByJoinedAtAsc(circleId);
		var leader = people.stream().filter(m -> m.getRole() == CircleRole.LEADER).findFirst()
				.flatMap(m -> accounts.find(m.getAccountId())).orElse(null);
		audit.record(AuditAction.VIEW, SUBJECT, circleId, "circle review page with the leader's contact");
		return Optional.of(new StaffView(circle.get(), leader, people));
	}

	private Circle circle(long circleId, long expectedVersion, EnumSet<CircleStatus> allowed) {
		var circle = circles.findById(circleId).orElseThrow(CircleRegistrationNotFound::new);
		if (circle.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Circle.class, circleId);
		}
		if (!allowed.contains(circle.getStatus())) {
			throw new CircleRegistrationRefused("action", "circle.admin.rule.notNow");
		}
		return circle;
	}

	private static String required(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new CircleRegistrationRefused(field, "jakarta.validation.constraints.NotBlank.message");
		}
		return text.strip();
	}
}
