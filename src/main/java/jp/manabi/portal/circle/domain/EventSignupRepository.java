package jp.manabi.portal.circle.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventSignupRepository extends JpaRepository<EventSignup, Long> {

	long countByActivityIdAndStatus(long activityId, EventSignupStatus status);

	Optional<EventSignup> findByActivityIdAndAccountId(long activityId, long accountId);

	Optional<EventSignup> findByIdAndAccountId(long id, long accountId);

	List<EventSignup> findByAccountIdOrderByCreatedAtDesc(long accountId);

	List<EventSignup> findByActivityIdAndStatusOrderByCreatedAtAsc(long activityId, EventSignupStatus status);

	/** Confirmed sign-ups per activity, in one query: {activityId, count}. */
	@Query("""
			select s.activityId, count(s) from EventSignup s
			where s.activityId in :activityIds and s.status = jp.manabi.portal.circle.domain.EventSignupStatus.CONFIRMED
			group by s.activityId""")
	List<Object[]> countConfirmedByActivity(Collection<Long> activityIds);
}
