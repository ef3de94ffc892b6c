package jp.manabi.portal.circle.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

	/** The request, locked until the transaction ends: a decision and a withdrawal cannot cross. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from JoinRequest r where r.id = :id")
	Optional<JoinRequest> findForUpdate(long id);

	boolean existsByCircleIdAndAccountIdAndStatus(long circleId, long accountId, JoinStatus status);

	Optional<JoinRequest> findFirstByCircleIdAndAccountIdAndStatus(long circleId, long accountId, JoinStatus status);

	List<JoinRequest> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	List<JoinRequest> findByCircleIdOrderByCreatedAtDescIdDesc(long circleId);
}
