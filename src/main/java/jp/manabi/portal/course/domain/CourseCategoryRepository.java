package jp.manabi.portal.course.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseCategoryRepository extends JpaRepository<CourseCategory, String> {

	List<CourseCategory> findAllByOrderByPositionAscCodeAsc();
}
