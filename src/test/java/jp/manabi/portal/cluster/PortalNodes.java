package jp.manabi.portal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import jp.manabi.portal.PortalApplication;
import jp.manabi.portal.support.WebSession;

/**
 * Several instances of the whole app in this test JVM, each with its own Spring context, web
 * server (random port), connection pool, scheduler, mail server and search index, all on ONE
 * PostgreSQL of their own: a throw-away embedded server started here, so the shared test context
 * (and its database, embedded or Testcontainers) is never touched. Settings are passed as
 * command-line arguments, which win over the system properties {@code TestDatabase} sets on CI.
 */
final class PortalNodes implements AutoCloseable {

	private final EmbeddedPostgres postgres;
	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private PortalNodes(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** A fresh PostgreSQL for these nodes; the first node to start migrates it. */
	static PortalNodes withOwnDatabase() {
		try {
			return new PortalNodes(EmbeddedPostgres.builder().setServerConfig("timezone", "UTC")
					.setServerConfig("max_connections", "100").start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	/** The database all nodes share, for assertions about what is stored. */
	JdbcClient database() {
		return JdbcClient.create(postgres.getPostgresDatabase());
	}

	/**
	 * Starts one node. {@code settings} are extra properties (e.g. the search coordination);
	 * the node's name is its connection pool's name and ShedLock's view of it stays the host's.
	 */
	Node start(String name, Map<String, String> settings) {
		var properties = new LinkedHashMap<String, String>();
		properties.put("spring.profiles.active", "test");
		properties.put("spring.datasource.url", jdbcUrl());
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		properties.put("spring.datasource.hikari.pool-name", name);
		properties.put("spring.datasource.hikari.maximum-pool-size", "8");
		properties.put("server.port", "0");
		properties.put("spring.jmx.enabled", "false");
		properties.put("portal.mail.embedded.port", "0");
		properties.putAll(settings);
		var args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		var context = new SpringApplicationBuilder(PortalApplication.class).run(args);
		nodes.add(context);
		return new Node(name, context);
	}

	@Override
	public void close() {
		// Newest first; then the database they all used.
		for (int i = nodes.size() - 1; i >= 0; i--) {
			try {
				nodes.get(i).close();
			}
			catch (RuntimeException ex) {
				// One node failing to stop must not keep the others (and the database) running.
			}
		}
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One running app instance. */
	record Node(String name, ConfigurableApplicationContext context) {

		<T> T bean(Class<T> type) {
			return context.getBean(type);
		}

		int port() {
			return ((WebServerApplicationContext) context).getWebServer().getPort();
		}

		String url(String path) {
			return "http://localhost:" + port() + path;
		}

		/** A new cookie-keeping browser-like client against this node. */
		WebSession session() {
			return new WebSession(url(""));
		}
	}

	/** Waits up to {@code seconds} for {@code condition}; the outbox is polled in the background. */
	static boolean eventually(int seconds, BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(200);
		}
		return condition.getAsBoolean();
	}
}
