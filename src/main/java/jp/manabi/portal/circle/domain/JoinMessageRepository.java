package jp.manabi.portal.circle.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JoinMessageRepository extends JpaRepository<JoinMessage, Long> {

	List<JoinMessage> findByRequestIdOrderByCreatedAtAscIdAsc(long requestId);
}
