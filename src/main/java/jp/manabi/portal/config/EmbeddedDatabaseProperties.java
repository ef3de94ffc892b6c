package jp.manabi.portal.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDirectory where the embedded PostgreSQL keeps its data; blank for a throw-away
 *        directory (tests)
 * @param port the server's port; 0 picks a free one
 * @param database the database the portal uses inside it
 */
@ConfigurationProperties("portal.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") String dataDirectory, @DefaultValue("0") int port,
		@DefaultValue("portal") String database) {
}
