package jp.manabi.portal.plan.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanImportRepository extends JpaRepository<PlanImport, Long> {

	Optional<PlanImport> findFirstBySourceAndFileNameOrderByIdDesc(PlanImport.Source source, String fileName);
}
