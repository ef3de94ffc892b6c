package jp.manabi.portal.consultation.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CounselorExceptionRepository extends JpaRepository<CounselorException, Long> {

	List<CounselorException> findByCounselorIdInAndDayBetween(Collection<Long> counselorIds, LocalDate from, LocalDate to);
}
