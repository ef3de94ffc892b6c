package jp.manabi.portal.course.domain;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The queries the staff pages need beyond {@link CourseApplicationRepository}. */
public interface StaffApplicationRepository extends Repository<CourseApplication, Long> {

	/** Every application for the course, cancelled ones too, with their answers (one query). */
	@EntityGraph(attributePaths = "answers")
	@Query("select a from CourseApplication a where a.courseId = :courseId order by a.id")
	List<CourseApplication> allOf(long courseId);

	/** Those with a place, for the roster. */
	@Query("select a from CourseApplication a where a.courseId = :courseId and a.status = 'CONFIRMED' order by a.id")
	List<CourseApplication> confirmedOf(long courseId);

	/**
	 * Counter applications nobody has claimed that carry this email (any case) or this phone
	 * (digits only; an empty string matches nothing).
	 */
	@Query(value = """
			select * from course_application
			where account_id is null
			  and ((:email <> '' and lower(applicant_email) = lower(:email))
			       or (:phoneDigits <> '' and regexp_replace(applicant_phone, '[^0-9]', '', 'g') = :phoneDigits))
			order by id""", nativeQuery = true)
	List<CourseApplication> unclaimedMatching(String email, String phoneDigits);
}
