package jp.manabi.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data across restarts (./data/postgres in real use). */
class EmbeddedDatabaseRestartTest {

	@TempDir
	Path data;

	@Test
	void dataSurvivesAStopAndAStart() throws Exception {
		var config = new EmbeddedDatabaseConfig();
		var properties = new EmbeddedDatabaseProperties(data.resolve("postgres").toString(), 0, "portal");

		try (var postgres = config.embeddedPostgres(properties);
				var dataSource = config.dataSource(postgres, properties);
				var connection = dataSource.getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create table kept (name text)");
			statement.execute("insert into kept values ('まなび')");
		}

		try (var postgres = config.embeddedPostgres(properties);
				var dataSource = config.dataSource(postgres, properties);
				var connection = dataSource.getConnection();
				var result = connection.createStatement().executeQuery("select name from kept")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("まなび");
			assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith("18.");
		}
	}
}
