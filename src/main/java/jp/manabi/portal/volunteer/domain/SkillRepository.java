package jp.manabi.portal.volunteer.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SkillRepository extends JpaRepository<Skill, Long> {

	/** The whole tree, groups and skills, in the order to show it (parents are fetched with it). */
	@Query("select s from Skill s left join fetch s.parent p order by coalesce(p.position, s.position), p.id nulls first, s.position")
	List<Skill> findTree();

	Optional<Skill> findByCode(String code);
}
