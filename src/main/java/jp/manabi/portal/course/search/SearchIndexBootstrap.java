package jp.manabi.portal.course.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.manabi.portal.course.domain.Course;

/**
 * Rebuilds the course index when it is empty but the database is not: a first start on an
 * existing database, or an index directory that was deleted. Saves keep it current after that.
 */
@Component
@Order(5)
class SearchIndexBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexBootstrap(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			var session = Search.session(entityManager);
			long indexed = session.search(Course.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long stored = entityManager.createQuery("select count(c) from Course c", Long.class).getSingleResult();
			if (indexed == 0 && stored > 0) {
				log.info("The course index is empty; indexing {} courses", stored);
				session.massIndexer(Course.class).threadsToLoadObjects(2).startAndWait();
			}
		}
	}
}
