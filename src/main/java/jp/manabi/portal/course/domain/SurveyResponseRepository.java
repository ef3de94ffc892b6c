package jp.manabi.portal.course.domain;

import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

	/** The applications of the person that have an answer. */
	@Query("""
			select r.applicationId from SurveyResponse r, CourseApplication a
			where a.id = r.applicationId and a.accountId = :accountId""")
	Set<Long> answeredBy(long accountId);

	/** Per satisfaction value (1–5), how many answered it: rows of [satisfaction, count]. */
	@Query("""
			select r.satisfaction, count(r) from SurveyResponse r where r.courseId = :courseId
			group by r.satisfaction""")
	List<Object[]> countsBySatisfaction(long courseId);

	List<SurveyResponse> findByCourseId(long courseId);
}
