package jp.manabi.portal.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where the tests' PostgreSQL comes from: Testcontainers when a Docker engine answers (GitHub
 * Actions), otherwise the app's own embedded PostgreSQL (our machines, which run no engine).
 * Either way a real PostgreSQL 18.
 */
final class TestDatabase {

	private static volatile boolean started;

	private TestDatabase() {
	}

	static synchronized void useContainerIfDockerAnswers() {
		if (started || System.getProperty("spring.datasource.url") != null) {
			return;
		}
		started = true;
		if (!dockerAnswers()) {
			return;
		}
		@SuppressWarnings("resource") // Lives as long as the test JVM; Ryuk removes it afterwards.
		var postgres = new PostgreSQLContainer("postgres:18-alpine");
		postgres.start();
		System.setProperty("spring.datasource.url", postgres.getJdbcUrl());
		System.setProperty("spring.datasource.username", postgres.getUsername());
		System.setProperty("spring.datasource.password", postgres.getPassword());
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}
}
