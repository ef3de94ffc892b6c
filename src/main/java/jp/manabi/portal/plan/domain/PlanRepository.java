package jp.manabi.portal.plan.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

	Optional<Plan> findByCode(String code);

	List<Plan> findAllByOrderByCodeAsc();
}
