package jp.manabi.portal.volunteer.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VolunteerProfileRepository extends JpaRepository<VolunteerProfile, Long> {

	Optional<VolunteerProfile> findByAccountId(long accountId);
}
