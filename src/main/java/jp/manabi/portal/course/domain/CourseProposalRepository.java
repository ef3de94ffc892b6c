package jp.manabi.portal.course.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseProposalRepository extends JpaRepository<CourseProposal, Long> {

	List<CourseProposal> findByProposerIdOrderByCreatedAtDesc(long proposerId);

	Optional<CourseProposal> findByIdAndProposerId(long id, long proposerId);

	Page<CourseProposal> findByStatusInOrderByCreatedAtAsc(Collection<ProposalStatus> statuses, Pageable page);

	Optional<CourseProposal> findByCourseId(long courseId);

	long countByStatusIn(Collection<ProposalStatus> statuses);
}
