package jp.manabi.portal.circle.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityReportRepository extends JpaRepository<ActivityReport, Long> {

	List<ActivityReport> findByCircleIdOrderByHeldOnDesc(long circleId);
}
