package jp.manabi.portal.consultation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import jp.manabi.portal.consultation.ReferralTarget;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

	List<Referral> findByBookingIdOrderByIdAsc(long bookingId);

	Optional<Referral> findByIdAndBookingId(long id, long bookingId);

	boolean existsByBookingIdAndKindAndTargetId(long bookingId, ReferralTarget.Kind kind, long targetId);
}
