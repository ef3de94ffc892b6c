package jp.manabi.portal.circle.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CircleActivityRepository extends JpaRepository<CircleActivity, Long> {

	/** The activity, locked until the transaction ends: sign-ups for it queue here, one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from CircleActivity a where a.id = :id")
	Optional<CircleActivity> findForUpdate(Long id);

	/** The circle's activities from {@code from} on, cancelled ones left out, soonest first. */
	@Query("""
			select a from CircleActivity a
			where a.circle.id = :circleId and a.activityDate >= :from and a.cancelled = false
			order by a.activityDate, a.startsAt""")
	List<CircleActivity> findUpcoming(long circleId, LocalDate from, Limit limit);

	Optional<CircleActivity> findByIdAndCircleId(long id, long circleId);

	/** All the circle's activities, cancelled ones too, newest date first: the leader's list. */
	List<CircleActivity> findByCircleIdOrderByActivityDateDescStartsAtDesc(long circleId);

	/** Activities with their circles, in one query (マイページ's sign-ups). */
	@Query("select a from CircleActivity a join fetch a.circle where a.id in :ids")
	List<CircleActivity> findWithCircleByIdIn(java.util.Collection<Long> ids);
}
