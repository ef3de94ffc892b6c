package jp.manabi.portal.circle.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CircleCategoryRepository extends JpaRepository<CircleCategory, String> {

	List<CircleCategory> findAllByOrderByPositionAsc();
}
