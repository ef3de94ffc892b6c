package jp.manabi.portal.course.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff add and rename course categories. Codes never change: they are in URLs and imports. */
@Service
@Transactional
public class CourseCategoryService {

	private final CourseCategoryRepository categories;
	private final EntityManager entityManager;

	CourseCategoryService(CourseCategoryRepository categories, EntityManager entityManager) {
		this.categories = categories;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public List<CourseCategory> all() {
		return categories.findAllByOrderByPositionAscCodeAsc();
	}

	@Transactional(readOnly = true)
	public Optional<CourseCategory> find(String code) {
		return categories.findById(code);
	}

	public void create(String code, String nameJa, String nameEn, int position) {
		if (categories.existsById(code)) {
			throw new CourseRuleViolation("code", "course.rule.categoryTaken");
		}
		entityManager.persist(new CourseCategory(code, nameJa, nameEn, position));
	}

	public void update(String code, String nameJa, String nameEn, int position) {
		categories.findById(code).orElseThrow().rename(nameJa, nameEn, position);
		// Courses embed their category's names in the search index, and the mapping does not follow
		// changes of the category itself (SHALLOW): reindex them here, or search shows the old name.
		var indexing = Search.session(entityManager).indexingPlan();
		entityManager.createQuery("select c from Course c where c.category.code = :code", Course.class)
				.setParameter("code", code).getResultList().forEach(indexing::addOrUpdate);
	}
}
