package jp.manabi.portal.course.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseAttendanceRepository extends JpaRepository<CourseAttendance, CourseAttendance.Key> {

	List<CourseAttendance> findBySessionId(long sessionId);
}
