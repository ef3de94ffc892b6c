package jp.manabi.portal.consultation.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CounselorHoursRepository extends JpaRepository<CounselorHours, Long> {

	List<CounselorHours> findByCounselorIdIn(Collection<Long> counselorIds);

	List<CounselorHours> findByCounselorIdOrderByDayOfWeekAscStartsAtAsc(long counselorId);
}
