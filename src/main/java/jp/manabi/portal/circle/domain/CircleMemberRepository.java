package jp.manabi.portal.circle.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CircleMemberRepository extends JpaRepository<CircleMember, CircleMember.Key> {

	Optional<CircleMember> findByCircleIdAndAccountId(long circleId, long accountId);

	List<CircleMember> findByCircleIdOrderByJoinedAtAsc(long circleId);

	List<CircleMember> findByAccountId(long accountId);
}
