package jp.manabi.portal.config;

import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The other half of {@link DemoByDefault}: that one cannot see a datasource URL written in a
 * config file, so if such a file points at a real database while {@code demo} is only on by
 * default, refuse to start rather than load accounts whose passwords are public.
 */
public class DemoNeverOnARealDatabase implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean demoOnlyByDefault = environment.getActiveProfiles().length == 0
				&& Arrays.asList(environment.getDefaultProfiles()).contains("demo");
		String url = environment.getProperty("spring.datasource.url");
		if (demoOnlyByDefault && url != null && !url.isBlank()) {
			throw new IllegalStateException("spring.datasource.url is set in a config file, so the demo profile must "
					+ "not be on by default. Set SPRING_DATASOURCE_URL in the environment, or choose a profile "
					+ "explicitly (SPRING_PROFILES_ACTIVE=prod, or demo on purpose).");
		}
	}

	@Override
	public int getOrder() {
		// After ConfigDataEnvironmentPostProcessor (HIGHEST_PRECEDENCE + 10) has read the config files.
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}
}
