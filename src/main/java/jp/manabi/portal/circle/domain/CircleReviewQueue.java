package jp.manabi.portal.circle.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.CircleStatus;

/** The staff review queue's tabs, and the list of all circles by name and status. */
@Service
@Transactional(readOnly = true)
public class CircleReviewQueue {

	/** More than a page of staff would read; the search narrows it. */
	public static final int MAX_ROWS = 200;

	public enum Tab {
		NEW, CHANGES, RENEWALS, LAPSING, ALL
	}

	private final EntityManager entityManager;

	CircleReviewQueue(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public List<Circle> list(Tab tab, String name, CircleStatus status, LocalDate today) {
		TypedQuery<Circle> query = switch (tab) {
			case NEW -> entityManager.createQuery(
					"select c from Circle c join fetch c.category where c.status = :status order by c.createdAt",
					Circle.class).setParameter("status", CircleStatus.PENDING);
			case CHANGES -> entityManager.createQuery(
					"select c from Circle c join fetch c.category where c.changedAt is not null order by c.changedAt",
					Circle.class);
			case RENEWALS -> entityManager.createQuery(
					"select c from Circle c join fetch c.category where c.renewedAt is not null order by c.renewedAt",
					Circle.class);
			case LAPSING -> entityManager.createQuery("""
					select c from Circle c join fetch c.category
					where c.status = :status and c.validUntil <= :endOfMonth order by c.validUntil, c.name""", Circle.class)
					.setParameter("status", CircleStatus.REGISTERED)
					.setParameter("endOfMonth", today.with(TemporalAdjusters.lastDayOfMonth()));
			case ALL -> entityManager.createQuery("""
					select c from Circle c join fetch c.category
					where (:name = '' or lower(c.name) like :pattern escape '!')
					and (:anyStatus = true or c.status = :status)
					order by c.name, c.id""", Circle.class)
					.setParameter("name", name == null ? "" : name)
					.setParameter("pattern", "%" + escape(name == null ? "" : name.toLowerCase(Locale.ROOT)) + "%")
					.setParameter("anyStatus", status == null)
					.setParameter("status", status == null ? CircleStatus.PENDING : status);
		};
		return query.setMaxResults(MAX_ROWS).getResultList();
	}

	/** How many circles wait in each tab that needs staff (for the tab labels). */
	public long count(Tab tab, LocalDate today) {
		return switch (tab) {
			case NEW -> entityManager.createQuery("select count(c) from Circle c where c.status = :status", Long.class)
					.setParameter("status", CircleStatus.PENDING).getSingleResult();
			case CHANGES -> entityManager
					.createQuery("select count(c) from Circle c where c.changedAt is not null", Long.class)
					.getSingleResult();
			case RENEWALS -> entityManager
					.createQuery("select count(c) from Circle c where c.renewedAt is not null", Long.class)
					.getSingleResult();
			case LAPSING -> entityManager.createQuery(
					"select count(c) from Circle c where c.status = :status and c.validUntil <= :endOfMonth", Long.class)
					.setParameter("status", CircleStatus.REGISTERED)
					.setParameter("endOfMonth", today.with(TemporalAdjusters.lastDayOfMonth())).getSingleResult();
			case ALL -> entityManager.createQuery("select count(c) from Circle c", Long.class).getSingleResult();
		};
	}

	private static String escape(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}
}
