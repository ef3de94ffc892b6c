package jp.manabi.portal.circle.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.circle.CircleStatus;

/**
 * Makes circles for tests straight through the entities (so the search index follows), in this
 * package so it may set the status the review workflow would. Each circle gets its LEADER.
 */
@Component
public class CircleTestData {

	public record Spec(String name, String description, String category, String areaCode, String venue,
			boolean recruiting, String recruitingWhom, boolean beginners, List<ScheduleRule.Meeting> meetings,
			CircleStatus status, LocalDate validUntil) {
	}

	private final CircleRepository circles;
	private final CircleMemberRepository members;
	private final CircleCategoryRepository categories;
	private final CircleActivityRepository activities;
	private final TransactionTemplate transactions;

	CircleTestData(CircleRepository circles, CircleMemberRepository members, CircleCategoryRepository categories,
			CircleActivityRepository activities, TransactionTemplate transactions) {
		this.circles = circles;
		this.members = members;
		this.categories = categories;
		this.activities = activities;
		this.transactions = transactions;
	}

	/** Creates the circle with its schedule and status, and makes {@code leaderId} its leader. */
	public long create(Spec spec, long leaderId) {
		return transactions.execute(tx -> {
			var circle = new Circle(new CircleDetails(spec.name(), spec.description(), spec.areaCode(), spec.venue(),
					12, spec.recruiting(), spec.recruitingWhom(), 1000, FeePeriod.MONTH, null, spec.beginners()),
					categories.findById(spec.category()).orElseThrow());
			circle.replaceSchedule(spec.meetings());
			if (spec.status() != CircleStatus.PENDING) {
				circle.changeStatus(spec.status(), spec.status() == CircleStatus.REGISTERED ? null : "テストのため");
			}
			if (spec.validUntil() != null) {
				circle.registerUntil(spec.validUntil(), Instant.now());
			}
			circles.save(circle);
			members.save(new CircleMember(circle.getId(), leaderId, CircleRole.LEADER));
			return circle.getId();
		});
	}

	public void addMember(long circleId, long accountId, CircleRole role) {
		transactions.executeWithoutResult(tx -> members.save(new CircleMember(circleId, accountId, role)));
	}

	public void changeStatus(long circleId, CircleStatus status, LocalDate validUntil) {
		transactions.executeWithoutResult(tx -> {
			var circle = circles.findById(circleId).orElseThrow();
			circle.changeStatus(status, status == CircleStatus.REGISTERED ? null : "テストのため");
			if (validUntil != null) {
				circle.registerUntil(validUntil, Instant.now());
			}
		});
	}

	public void linkToPlan(long circleId, Set<Long> nodes, Set<Long> scope) {
		transactions.executeWithoutResult(tx -> circles.findById(circleId).orElseThrow().linkToPlan(nodes, scope));
	}

	public long addActivity(long circleId, ActivityDetails details, long createdBy) {
		return transactions.execute(tx -> activities
				.save(new CircleActivity(circles.findById(circleId).orElseThrow(), details, createdBy)).getId());
	}

	public java.util.Optional<CircleRole> roleOf(long circleId, long accountId) {
		return members.findByCircleIdAndAccountId(circleId, accountId).map(CircleMember::getRole);
	}
}
