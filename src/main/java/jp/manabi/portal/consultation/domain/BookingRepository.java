package jp.manabi.portal.consultation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jp.manabi.portal.consultation.BookingStatus;

public interface BookingRepository extends JpaRepository<Booking, Long> {

	/** What holds the counselors in the period: every booking not cancelled that overlaps it. */
	@Query("""
			select b from Booking b
			where b.counselorId in :counselorIds and b.status <> jp.manabi.portal.consultation.BookingStatus.CANCELLED
			  and b.startsAt < :until and b.heldUntil > :from""")
	List<Booking> findHolding(Collection<Long> counselorIds, Instant from, Instant until);

	Optional<Booking> findByIdAndAccountId(long id, long accountId);

	long countByAccountIdAndStatusAndStartsAtAfter(long accountId, BookingStatus status, Instant after);
}
