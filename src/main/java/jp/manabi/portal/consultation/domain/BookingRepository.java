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

	/**
	 * The same as {@link #findHolding} as bare time ranges: the free-slot computation needs no
	 * more, and not loading 400 entities keeps it well inside its 50 ms (docs/benchmarks.md).
	 */
	@Query("""
			select new jp.manabi.portal.consultation.domain.FreeSlots$Held(b.counselorId, b.startsAt, b.heldUntil)
			from Booking b
			where b.counselorId in :counselorIds and b.status <> jp.manabi.portal.consultation.BookingStatus.CANCELLED
			  and b.startsAt < :until and b.heldUntil > :from""")
	List<FreeSlots.Held> findHeld(Collection<Long> counselorIds, Instant from, Instant until);

	Optional<Booking> findByIdAndAccountId(long id, long accountId);

	long countByAccountIdAndStatusAndStartsAtAfter(long accountId, BookingStatus status, Instant after);
}
