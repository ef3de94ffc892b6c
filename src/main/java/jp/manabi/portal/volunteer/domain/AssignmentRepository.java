package jp.manabi.portal.volunteer.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	Optional<Assignment> findByShiftIdAndProfileId(long shiftId, long profileId);

	/** How many places of the shift are taken: counted under the shift's lock. */
	@Query("select count(a) from Assignment a where a.shift.id = :shiftId and a.status in :statuses")
	long countByShiftAndStatusIn(long shiftId, Collection<AssignmentStatus> statuses);

	@Query("select a from Assignment a join fetch a.shift s join fetch s.request where a.profileId = :profileId order by s.shiftDate desc, s.startsAt desc")
	List<Assignment> findHistory(long profileId);
}
