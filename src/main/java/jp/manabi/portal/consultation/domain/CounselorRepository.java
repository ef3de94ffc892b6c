package jp.manabi.portal.consultation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CounselorRepository extends JpaRepository<Counselor, Long> {

	Optional<Counselor> findByAccountId(long accountId);

	/** Active counselors who take the topic. */
	@Query("select c.id from Counselor c where c.active = true and :topicId member of c.topicIds")
	List<Long> findIdsTaking(long topicId);
}
