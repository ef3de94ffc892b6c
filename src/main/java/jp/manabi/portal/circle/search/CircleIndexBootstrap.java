package jp.manabi.portal.circle.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.manabi.portal.circle.domain.Circle;

/**
 * Rebuilds the circle index when it is empty but the database is not (a first start on an
 * existing database, or a deleted index directory), as the course index's bootstrap does.
 */
@Component
@Order(6)
class CircleIndexBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CircleIndexBootstrap.class);

	private final EntityManagerFactory entityManagerFactory;

	CircleIndexBootstrap(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			var session = Search.session(entityManager);
			long indexed = session.search(Circle.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long stored = entityManager.createQuery("select count(c) from Circle c", Long.class).getSingleResult();
			if (indexed == 0 && stored > 0) {
				log.info("The circle index is empty; indexing {} circles", stored);
				session.massIndexer(Circle.class).threadsToLoadObjects(2).startAndWait();
			}
		}
	}
}
