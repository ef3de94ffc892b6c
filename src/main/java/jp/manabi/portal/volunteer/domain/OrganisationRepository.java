package jp.manabi.portal.volunteer.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByAccountId(long accountId);

	List<Organisation> findAllByOrderByNameAsc();
}
