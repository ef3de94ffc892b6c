package jp.manabi.portal.circle.domain;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.CircleEvents.CircleLeadershipHandedOver;

/**
 * The circle's leaders: the leader hands the circle over to another member (and stays on as a
 * co-leader), and names or drops co-leaders among the members. Only the leader does these.
 */
@Service
@Transactional
public class CircleLeadershipService {

	private final CircleRepository circles;
	private final CircleMemberRepository members;
	private final EntityManager entityManager;
	private final ApplicationEventPublisher events;

	CircleLeadershipService(CircleRepository circles, CircleMemberRepository members, EntityManager entityManager,
			ApplicationEventPublisher events) {
		this.circles = circles;
		this.members = members;
		this.entityManager = entityManager;
		this.events = events;
	}

	public void handOver(long circleId, long leaderId, long newLeaderId) {
		// The circle's row lock: two hand-overs at once cannot both find themselves the leader.
		var circle = circles.findForUpdate(circleId).orElseThrow(CircleRegistrationNotFound::new);
		var leader = leader(circleId, leaderId);
		var successor = otherMember(circleId, newLeaderId, leaderId);
		leader.changeRole(CircleRole.CO_LEADER);
		// One leader per circle (a unique index): the old one steps down in the database first.
		entityManager.flush();
		successor.changeRole(CircleRole.LEADER);
		events.publishEvent(new CircleLeadershipHandedOver(circleId, newLeaderId, circle.getName()));
	}

	public void addCoLeader(long circleId, long leaderId, long memberId) {
		circles.findForUpdate(circleId).orElseThrow(CircleRegistrationNotFound::new);
		leader(circleId, leaderId);
		var member = otherMember(circleId, memberId, leaderId);
		if (member.getRole() != CircleRole.MEMBER) {
			throw new CircleRegistrationRefused("memberId", "circle.manage.rule.alreadyCoLeader");
		}
		member.changeRole(CircleRole.CO_LEADER);
	}

	public void removeCoLeader(long circleId, long leaderId, long coLeaderId) {
		circles.findForUpdate(circleId).orElseThrow(CircleRegistrationNotFound::new);
		leader(circleId, leaderId);
		var member = otherMember(circleId, coLeaderId, leaderId);
		if (member.getRole() != CircleRole.CO_LEADER) {
			throw new CircleRegistrationRefused("memberId", "circle.manage.rule.notCoLeader");
		}
		member.changeRole(CircleRole.MEMBER);
	}

	private CircleMember leader(long circleId, long accountId) {
		var member = members.findByCircleIdAndAccountId(circleId, accountId)
				.filter(m -> m.getRole().manages()).orElseThrow(CircleRegistrationNotFound::new);
		if (member.getRole() != CircleRole.LEADER) {
			throw new CircleRegistrationRefused("action", "circle.manage.rule.leaderOnly");
		}
		return member;
	}

	private CircleMember otherMember(long circleId, long accountId, long leaderId) {
		if (accountId == leaderId) {
			throw new CircleRegistrationRefused("memberId", "circle.manage.rule.chooseMember");
		}
		return members.findByCircleIdAndAccountId(circleId, accountId)
				.orElseThrow(() -> new CircleRegistrationRefused("memberId", "circle.manage.rule.chooseMember"));
	}
}
