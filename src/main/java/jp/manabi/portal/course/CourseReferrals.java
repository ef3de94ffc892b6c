package jp.manabi.portal.course;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.consultation.ReferralTarget;
import jp.manabi.portal.course.domain.CourseRepository;

/** Counselors may refer residents to a published course (not a draft, not a cancelled or past one). */
@Component
class CourseReferrals implements ReferralTarget {

	private final CourseRepository courses;

	CourseReferrals(CourseRepository courses) {
		this.courses = courses;
	}

	@Override
	public Kind kind() {
		return Kind.COURSE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> publicTitle(long id) {
		return courses.findById(id).filter(c -> c.getStatus() == CourseStatus.PUBLISHED).map(c -> c.getTitle());
	}
}
