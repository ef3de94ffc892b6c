package jp.manabi.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Testcontainers;

import jp.manabi.portal.cluster.PortalNodes.Node;

/**
 * The production shape of several nodes: the {@code cluster} profile (Elasticsearch backend on
 * OpenSearch with the kuromoji and icu plugins, outbox-polling coordination), two app nodes on
 * one PostgreSQL, both processing events. A course saved on either is found on both, and the
 * Japanese analysis behaves as the Lucene one does. Needs Docker (the OpenSearch image is built
 * from deploy/opensearch/Dockerfile); skipped where no Docker engine answers.
 */
@Testcontainers(disabledWithoutDocker = true)
class OpenSearchNodesTest {

	private static GenericContainer<?> opensearch;
	private static PortalNodes nodes;
	private static Node a;
	private static Node b;

	@BeforeAll
	static void start() {
		opensearch = new GenericContainer<>(new ImageFromDockerfile("manabi-opensearch-test", false)
				.withDockerfile(Path.of("deploy/opensearch/Dockerfile")))
				.withEnv("discovery.type", "single-node")
				.withEnv("DISABLE_SECURITY_PLUGIN", "true")
				.withEnv("DISABLE_INSTALL_DEMO_CONFIG", "true")
				.withEnv("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m")
				.withExposedPorts(9200)
				.waitingFor(Wait.forHttp("/_cluster/health").forPort(9200).forStatusCode(200)
						.withStartupTimeout(Duration.ofMinutes(3)));
		opensearch.start();
		var cluster = Map.of("spring.profiles.active", "test,cluster",
				"portal.search.hosts", opensearch.getHost() + ":" + opensearch.getMappedPort(9200));
		nodes = PortalNodes.withOwnDatabase();
		// One after the other: the first creates the indexes, the second validates them.
		a = nodes.start("os-node-a", cluster);
		b = nodes.start("os-node-b", cluster);
	}

	@AfterAll
	static void stop() {
		if (nodes != null) {
			nodes.close();
		}
		if (opensearch != null) {
			opensearch.stop();
		}
	}

	@Test
	void aCourseSavedOnEitherNodeIsFoundOnBoth() throws Exception {
		OutboxPollingSearchTest.fixtures(a).openCourse("ノードAで作った盆栽の講座", 20, null);
		OutboxPollingSearchTest.fixtures(b).openCourse("ノードBで作った養蜂の講座", 20, null);

		for (var node : new Node[] { a, b }) {
			assertThat(PortalNodes.eventually(30,
					() -> OutboxPollingSearchTest.found(node, "盆栽", "ノードAで作った盆栽の講座"))).as(node.name()).isTrue();
			assertThat(PortalNodes.eventually(30,
					() -> OutboxPollingSearchTest.found(node, "養蜂", "ノードBで作った養蜂の講座"))).as(node.name()).isTrue();
		}
		assertThat(nodes.database().sql("select count(*) from hsearch_agent where type like 'EVENT_PROCESSING%'")
				.query(Long.class).single()).as("both nodes process events, one shard each").isEqualTo(2);
	}

	@Test
	void theJapaneseAnalysisMatchesTheLuceneOne() throws Exception {
		OutboxPollingSearchTest.fixtures(a).openCourse("はじめてのパソコン（PC）教室", 20, null);

		// Hiragana finds katakana (icu_transform), full-width finds half-width (nfkc_cf), a base form
		// finds an inflected word (kuromoji_baseform).
		assertThat(PortalNodes.eventually(30,
				() -> OutboxPollingSearchTest.found(b, "ぱそこん", "はじめてのパソコン（PC）教室"))).isTrue();
		assertThat(OutboxPollingSearchTest.found(b, "ＰＣ", "はじめてのパソコン（PC）教室")).isTrue();
		assertThat(OutboxPollingSearchTest.found(b, "ヨガ", "はじめてのパソコン（PC）教室")).isFalse();
	}
}
