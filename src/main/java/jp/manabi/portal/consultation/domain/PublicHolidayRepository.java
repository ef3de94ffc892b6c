package jp.manabi.portal.consultation.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicHolidayRepository extends JpaRepository<PublicHoliday, LocalDate> {

	List<PublicHoliday> findByDayBetween(LocalDate from, LocalDate to);
}
