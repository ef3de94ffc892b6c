package jp.manabi.portal.circle.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CircleRepository extends JpaRepository<Circle, Long> {

	/** The circle, locked until the transaction ends (hand-overs, status changes). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Circle c where c.id = :id")
	Optional<Circle> findForUpdate(Long id);

	Optional<Circle> findFirstByName(String name);

	/** Circles with what a card or page shows, in one query (no N+1). */
	@EntityGraph(attributePaths = { "category", "scheduleRules" })
	List<Circle> findWithScheduleByIdIn(Collection<Long> ids);

	/** The circles the account leads or co-leads, dissolved ones left out, by name. */
	@Query("""
			select c from Circle c
			where c.status <> jp.manabi.portal.circle.CircleStatus.DISSOLVED
			  and exists (select 1 from CircleMember m where m.circleId = c.id and m.accountId = :accountId
			              and m.role in (jp.manabi.portal.circle.domain.CircleRole.LEADER,
			                             jp.manabi.portal.circle.domain.CircleRole.CO_LEADER))
			order by c.name""")
	List<Circle> findManagedBy(long accountId);
}
