package jp.manabi.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;

import jp.manabi.portal.cluster.PortalNodes.Node;
import jp.manabi.portal.course.domain.CourseApplicationRepository;
import jp.manabi.portal.course.domain.CourseRepository;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.course.domain.LotteryFixtures;

/**
 * The outbox-polling coordination on the Lucene backend, one node: a save writes an event to
 * {@code hsearch_outbox_event} in its own transaction (a trigger copies every such row aside, so
 * the test sees it even after the processor has consumed it), and the background processor indexes
 * the course, which search then finds. Its own app instance and PostgreSQL ({@link PortalNodes}).
 */
class OutboxPollingSearchTest {

	private static PortalNodes nodes;
	private static Node node;

	@BeforeAll
	static void start() {
		nodes = PortalNodes.withOwnDatabase();
		node = nodes.start("outbox", Map.of("portal.search.coordination", "outbox-polling"));
		nodes.database().sql("""
				create table outbox_seen (entity_name text, entity_id text);
				create function outbox_seen_copy() returns trigger language plpgsql as $$
				begin insert into outbox_seen values (new.entity_name, new.entity_id); return new; end $$;
				create trigger outbox_seen_copy after insert on hsearch_outbox_event
				for each row execute function outbox_seen_copy();""").update();
	}

	@AfterAll
	static void stop() {
		if (nodes != null) {
			nodes.close();
		}
	}

	@Test
	void aSavedCourseGoesThroughTheOutboxTableAndIsFoundBySearch() throws Exception {
		var fixtures = fixtures(node);
		long id = fixtures.openCourse("養蜂ではじめる都市の自然観察", 20, null);

		var db = nodes.database();
		assertThat(db.sql("select count(*) from outbox_seen where entity_id = :id").param("id", String.valueOf(id))
				.query(Long.class).single()).as("events written for the new course").isPositive();
		assertThat(PortalNodes.eventually(30, () -> found(node, "養蜂", "養蜂ではじめる都市の自然観察")))
				.as("found by search once the processor has indexed it").isTrue();
		assertThat(PortalNodes.eventually(10, () -> db.sql("select count(*) from hsearch_outbox_event")
				.query(Long.class).single() == 0)).as("the outbox is emptied").isTrue();
		assertThat(db.sql("select count(*) from hsearch_agent where type like 'EVENT_PROCESSING%'").query(Long.class)
				.single()).as("this node registered its event processor").isEqualTo(1);
	}

	@Test
	void theOutboxBacklogIsAMetric() {
		var registry = node.bean(MeterRegistry.class);
		assertThat(registry.get("portal.search.outbox.events").tag("status", "pending").gauge().value()).isZero();
		assertThat(registry.get("portal.search.outbox.events").tag("status", "aborted").gauge().value()).isZero();
		assertThat(registry.get("portal.search.outbox.oldest").gauge().value()).isZero();
	}

	static LotteryFixtures fixtures(Node node) {
		return new LotteryFixtures(node.bean(CourseService.class), node.bean(CourseRepository.class),
				node.bean(CourseApplicationRepository.class), node.bean(JdbcClient.class));
	}

	static boolean found(Node node, String words, String title) {
		var page = node.session().get("/courses?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
		return page.statusCode() == 200 && page.body().contains(title);
	}
}
