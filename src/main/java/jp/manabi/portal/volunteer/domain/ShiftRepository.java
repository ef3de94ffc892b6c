package jp.manabi.portal.volunteer.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ShiftRepository extends JpaRepository<Shift, Long> {

	/** The shift, locked until the transaction ends: approvals for it queue here, one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Shift s where s.id = :id")
	Optional<Shift> findForUpdate(Long id);
}
