package jp.manabi.portal.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, Long> {

	List<Topic> findByActiveTrueOrderByPositionAsc();
}
