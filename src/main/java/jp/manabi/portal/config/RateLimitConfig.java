package jp.manabi.portal.config;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Rate limits ({@code portal.rate-limit.*}): the limiter, its interceptor on the limited
 * routes, and the clean-up of full buckets. {@code portal.rate-limit.enabled=false} leaves the
 * interceptor out (load tests from one address).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

	private final RateLimitProperties properties;
	private final DataSource dataSource;
	private final Clock clock;

	RateLimitConfig(RateLimitProperties properties, DataSource dataSource, Clock clock) {
		this.properties = properties;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	@Bean
	RateLimiter rateLimiter() {
		return properties.store() == RateLimitProperties.Store.MEMORY
				? RateLimiter.inMemory(properties.rules(), clock)
				: RateLimiter.inDatabase(properties.rules(), dataSource, clock);
	}

	/** Registers the interceptor (after the language and page-address ones) unless switched off. */
	@Component
	static class RateLimitRoutes implements WebMvcConfigurer {

		private final RateLimiter limiter;
		private final RateLimitProperties properties;

		RateLimitRoutes(RateLimiter limiter, RateLimitProperties properties) {
			this.limiter = limiter;
			this.properties = properties;
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			if (properties.enabled()) {
				registry.addInterceptor(new RateLimitInterceptor(limiter));
			}
		}
	}

	/** Deletes buckets that have filled up again, one node at a time. */
	@Component
	static class RateLimitCleanup {

		private static final Logger LOG = LoggerFactory.getLogger(RateLimitCleanup.class);

		private final RateLimiter limiter;

		RateLimitCleanup(RateLimiter limiter) {
			this.limiter = limiter;
		}

		@Scheduled(fixedDelayString = "${portal.rate-limit.clean-every:10m}", initialDelayString = "${portal.rate-limit.clean-every:10m}")
		@SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT5M")
		void clean() {
			int removed = limiter.removeExpired();
			if (removed > 0) {
				LOG.debug("Deleted {} full rate-limit buckets", removed);
			}
		}
	}
}
