package jp.manabi.portal.course.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LotteryDrawRepository extends JpaRepository<LotteryDrawRecord, Long> {

	Optional<LotteryDrawRecord> findByCourseId(long courseId);

	boolean existsByCourseId(long courseId);

	/** The draw, locked: whoever tells its results holds it until they are told. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from LotteryDrawRecord d where d.courseId = :courseId")
	Optional<LotteryDrawRecord> findForUpdate(long courseId);

	/** Courses drawn whose people have not been told yet, oldest draw first. */
	@Query("select d.courseId from LotteryDrawRecord d where d.resultsToldAt is null order by d.id")
	List<Long> untold();

	/** Published lottery courses whose window has closed and that have not been drawn: the job's work. */
	@Query("""
			select c.id from Course c where c.status = 'PUBLISHED' and c.selectionMethod = 'LOTTERY'
			and c.applicationClosesAt <= :now
			and not exists (select 1 from LotteryDrawRecord d where d.courseId = c.id)
			order by c.applicationClosesAt, c.id""")
	List<Long> coursesToDraw(Instant now);
}
