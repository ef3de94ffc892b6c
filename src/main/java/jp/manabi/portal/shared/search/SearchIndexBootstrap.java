package jp.manabi.portal.shared.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a search index when it is empty but its table is not: a first start on an existing
 * database, or an index directory that was deleted. Saves keep every index current after that.
 * Covers every indexed entity (courses, circles …), so a module that indexes one needs nothing more.
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
			for (var entity : Search.mapping(entityManagerFactory).allIndexedEntities()) {
				Class<?> type = entity.javaClass();
				long indexed = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
				long stored = entityManager.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
						.getSingleResult();
				if (indexed == 0 && stored > 0) {
					log.info("The {} index is empty; indexing {} rows", entity.jpaName(), stored);
					session.massIndexer(type).threadsToLoadObjects(2).startAndWait();
				}
			}
		}
	}
}
