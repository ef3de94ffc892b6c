package jp.manabi.portal.course.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationChangeRepository extends JpaRepository<ApplicationChange, Long> {

	List<ApplicationChange> findByApplicationIdOrderById(long applicationId);
}
