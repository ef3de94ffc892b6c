package jp.manabi.portal.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded default: when no {@code SPRING_DATASOURCE_URL} is given, the app starts a real
 * PostgreSQL 18 server itself and keeps its data in {@code ./data/postgres} across restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
		// Spring closes the server after the connection pool; a hook of its own would stop it too early.
		var builder = EmbeddedPostgres.builder().setPort(properties.port()).setRegisterShutdownHook(false).setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "100");
		if (!properties.dataDirectory().isBlank()) {
			Path directory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
			Files.createDirectories(directory.getParent());
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
		}
		var postgres = builder.start();
		createDatabaseIfMissing(postgres, properties.database());
		log.info("Embedded PostgreSQL is running: jdbc:postgresql://localhost:{}/{} (user postgres, data in {})",
				postgres.getPort(), properties.database(),
				properties.dataDirectory().isBlank() ? "a temporary directory" : properties.dataDirectory());
		return postgres;
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		dataSource.setPoolName("portal-embedded");
		return dataSource;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
		DataSource admin = postgres.getPostgresDatabase();
		try (var connection = admin.getConnection();
				var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			check.setString(1, database);
			try (var result = check.executeQuery()) {
				if (!result.next()) {
					try (var create = connection.createStatement()) {
						// The name comes from configuration, never from a request.
						create.execute("create database \"" + database.replace("\"", "") + "\" template template0 encoding 'UTF8'");
					}
				}
			}
		}
	}
}
