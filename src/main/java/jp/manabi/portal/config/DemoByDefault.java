package jp.manabi.portal.config;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code demo} the default profile when no database is configured: the embedded default
 * ({@code ./mvnw spring-boot:run}) shows demo data; a start against a real database does not,
 * unless asked to. Runs before the config files are read, so {@code application-demo.properties}
 * is picked up.
 */
public class DemoByDefault implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url");
		if (url == null || url.isBlank()) {
			environment.getPropertySources().addLast(
					new MapPropertySource("portalDemoByDefault", Map.of("spring.profiles.default", "demo")));
		}
	}

	@Override
	public int getOrder() {
		// Before ConfigDataEnvironmentPostProcessor (HIGHEST_PRECEDENCE + 10).
		return Ordered.HIGHEST_PRECEDENCE + 5;
	}
}
