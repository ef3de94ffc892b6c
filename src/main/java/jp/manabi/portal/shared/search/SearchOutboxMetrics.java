package jp.manabi.portal.shared.search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The search outbox's backlog as metrics (docs/operations.md, "What to watch"), read from
 * {@code hsearch_outbox_event} at each scrape: events waiting for a processor, events Hibernate
 * Search gave up on after its retries (their entities are stale in the index until reindexed), and
 * the age of the oldest waiting event. All zero while the coordination is {@code none}.
 */
@Component
class SearchOutboxMetrics implements MeterBinder {

	private final JdbcTemplate jdbc;

	SearchOutboxMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("portal.search.outbox.events", () -> count("PENDING")).tag("status", "pending")
				.description("Search index changes waiting in hsearch_outbox_event").register(registry);
		Gauge.builder("portal.search.outbox.events", () -> count("ABORTED")).tag("status", "aborted")
				.description("Search index changes abandoned after their retries").register(registry);
		Gauge.builder("portal.search.outbox.oldest", this::oldestSeconds).baseUnit("seconds")
				.description("Age of the oldest search index change still waiting").register(registry);
	}

	private double count(String status) {
		Long count = jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = ?", Long.class,
				status);
		return count == null ? 0 : count;
	}

	private double oldestSeconds() {
		Double age = jdbc.queryForObject("""
				select coalesce(extract(epoch from now() - min(process_after)), 0)
				from hsearch_outbox_event where status = 'PENDING'""", Double.class);
		return age == null ? 0 : Math.max(0, age);
	}
}
