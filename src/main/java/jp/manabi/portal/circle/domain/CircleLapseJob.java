package jp.manabi.portal.circle.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.circle.CircleEvents.CircleLapsing;
import jp.manabi.portal.circle.CircleStatus;

/**
 * Tells a registered circle's leader a month before the registration runs out (31 March), once
 * per validity: the notice is published and marked together under the circle's row lock, so it
 * goes out once however often, and on however many nodes, this runs. A lapsed circle simply stops
 * being listed ({@link Circle#isListed}); its status stays as it is until the leader renews.
 */
@Component
public class CircleLapseJob {

	private static final Logger log = LoggerFactory.getLogger(CircleLapseJob.class);

	private final CircleRepository circles;
	private final CircleRegistrationService registrations;
	private final EntityManager entityManager;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;

	CircleLapseJob(CircleRepository circles, CircleRegistrationService registrations, EntityManager entityManager,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.circles = circles;
		this.registrations = registrations;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${portal.circle.lapse.check-every:6h}",
			initialDelayString = "${portal.circle.lapse.check-every:6h}")
	@SchedulerLock(name = "circle-lapse-notice", lockAtMostFor = "PT10M")
	public void run() {
		sendLapseNotices(registrations.today());
	}

	/** Sends the notices due on {@code today}; returns how many went out. */
	public int sendLapseNotices(LocalDate today) {
		List<Long> due = transactions.execute(status -> due(today));
		int sent = 0;
		for (long circleId : due) {
			try {
				Boolean told = transactions.execute(status -> tell(circleId, today));
				sent += Boolean.TRUE.equals(told) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				// One circle's trouble must not hold back the others; it is tried again next time.
				log.warn("Lapse notice for circle {} failed; tried again next run", circleId, ex);
			}
		}
		if (sent > 0) {
			log.info("Told the leaders of {} circles their registration runs out soon", sent);
		}
		return sent;
	}

	private List<Long> due(LocalDate today) {
		return entityManager.createQuery("""
				select c.id from Circle c
				where c.status = :registered and c.validUntil >= :today and c.validUntil <= :monthAhead
				and (c.lapseNoticeFor is null or c.lapseNoticeFor <> c.validUntil)
				order by c.validUntil, c.id""", Long.class)
				.setParameter("registered", CircleStatus.REGISTERED).setParameter("today", today)
				.setParameter("monthAhead", today.plusMonths(1)).getResultList();
	}

	private boolean tell(long circleId, LocalDate today) {
		var circle = circles.findForUpdate(circleId).orElse(null);
		if (circle == null || circle.getStatus() != CircleStatus.REGISTERED || circle.getValidUntil() == null
				|| circle.getValidUntil().isBefore(today) || circle.getValidUntil().isAfter(today.plusMonths(1))
				|| circle.getValidUntil().equals(circle.getLapseNoticeFor())) {
			return false;
		}
		events.publishEvent(new CircleLapsing(circleId, registrations.leaderOf(circleId), circle.getName(),
				circle.getValidUntil()));
		circle.lapseNoticeSent();
		return true;
	}
}
