package jp.manabi.portal.account.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session JDBC as Spring Boot sets it up (spring.session.* in application.yaml), with the
 * principal-name index holding account ids.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> accountIdIndex() {
		return repository -> repository.setIndexResolver(new AccountIdIndexResolver());
	}
}
