package jp.manabi.portal.volunteer.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VolunteerRequestRepository extends JpaRepository<VolunteerRequest, Long> {

	List<VolunteerRequest> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);

	List<VolunteerRequest> findByCircleIdOrderByCreatedAtDesc(long circleId);

	@Query("select r from VolunteerRequest r left join fetch r.shifts where r.id = :id")
	Optional<VolunteerRequest> findWithShifts(long id);
}
