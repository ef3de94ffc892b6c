package jp.manabi.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.cluster.PortalNodes.Node;
import jp.manabi.portal.course.domain.LotteryJob;
import jp.manabi.portal.course.domain.LotteryRefused;
import jp.manabi.portal.course.domain.LotteryService;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/**
 * Two instances of the app on one PostgreSQL (their own, see {@link PortalNodes}): what must hold
 * when the portal runs on several nodes behind a load balancer without sticky sessions.
 *
 * <p>Search: both nodes use the outbox-polling coordination, on the Lucene backend because no
 * Docker engine (so no OpenSearch) is here. A Lucene index lives in one node's memory or disk and
 * Hibernate Search documents that it must not be shared between instances, so this test makes
 * node B the only event processor (node A's is off): a course saved on A reaches B's index through
 * the outbox table in the shared database and B's search finds it. A's own index never sees it,
 * which is exactly why a real cluster uses Elasticsearch/OpenSearch (the {@code cluster} profile;
 * {@link OpenSearchNodesTest} checks both nodes find it there, where Docker runs).
 */
class TwoNodesTest {

	private static PortalNodes nodes;
	private static Node a;
	private static Node b;

	@BeforeAll
	static void start() {
		nodes = PortalNodes.withOwnDatabase();
		a = nodes.start("node-a", Map.of("portal.search.coordination", "outbox-polling",
				"spring.jpa.properties.hibernate.search.coordination.event_processor.enabled", "false"));
		b = nodes.start("node-b", Map.of("portal.search.coordination", "outbox-polling"));
	}

	@AfterAll
	static void stop() {
		if (nodes != null) {
			nodes.close();
		}
	}

	@Test
	void aSessionMadeOnOneNodeIsValidOnTheOther() {
		var account = a.bean(TestAccounts.class).resident();
		var onA = a.session();
		assertThat(onA.logIn(account.email(), account.password()).statusCode()).isEqualTo(302);
		assertThat(onA.get("/mypage").statusCode()).isEqualTo(200);

		var onB = withCookiesOf(onA, b);
		var mypage = onB.get("/mypage");
		assertThat(mypage.statusCode()).as("node B knows node A's session").isEqualTo(200);
		assertThat(mypage.body()).contains("試験 太郎");

		// A form from B, posted to A: the CSRF token lives in the same shared session.
		var form = onB.csrfFrom("/mypage");
		var onAAgain = withCookiesOf(onB, a);
		assertThat(onAAgain.post("/logout", Map.of("_csrf", form)).statusCode()).isEqualTo(302);
		assertThat(onB.get("/mypage").statusCode()).as("signed out on A, so out on B too").isEqualTo(302);
	}

	@Test
	void bothNodesRunningTheLotteryJobAtOnceDrawTheCourseOnce() throws Exception {
		var fixtures = OutboxPollingSearchTest.fixtures(a);
		long course = fixtures.openCourse("二つのノードで抽選する講座", 3, null);
		var people = fixtures.people(8, Residency.LIVES, "ja");
		fixtures.enterAll(course, people);
		fixtures.close(course);

		atOnce(() -> {
			a.bean(LotteryJob.class).scheduled();
			return null;
		}, () -> {
			b.bean(LotteryJob.class).scheduled();
			return null;
		});

		var db = nodes.database();
		assertThat(db.sql("select count(*) from lottery_draw where course_id = :id").param("id", course)
				.query(Long.class).single()).isEqualTo(1);
		assertThat(db.sql("select count(distinct lottery_rank) from course_application where course_id = :id")
				.param("id", course).query(Long.class).single()).as("every entry drawn, once").isEqualTo(8);
		assertThat(db.sql("select count(*) from shedlock where name = 'course-lottery'").query(Long.class).single())
				.as("the job ran under its ShedLock lock").isEqualTo(1);
	}

	@Test
	void bothNodesDrawingTheSameCourseAtOnceDrawItOnce() throws Exception {
		var fixtures = OutboxPollingSearchTest.fixtures(b);
		long course = fixtures.openCourse("同時に抽選ボタンを押された講座", 2, null);
		fixtures.enterAll(course, fixtures.people(5, Residency.LIVES, "ja"));
		fixtures.close(course);

		var outcomes = atOnce(() -> drawOrRefusal(a, course), () -> drawOrRefusal(b, course));

		assertThat(outcomes).containsExactlyInAnyOrder("drawn", "lottery.refused.alreadyDrawn");
		assertThat(nodes.database().sql("select count(*) from lottery_draw where course_id = :id")
				.param("id", course).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aCourseSavedOnOneNodeIsFoundBySearchOnTheOther() throws Exception {
		long course = OutboxPollingSearchTest.fixtures(a).openCourse("ノードをまたぐ盆栽の手入れ講座", 20, null);

		assertThat(nodes.database().sql("select count(*) from hsearch_agent where type like 'EVENT_PROCESSING%'")
				.query(Long.class).single()).as("only node B processes events").isEqualTo(1);
		assertThat(PortalNodes.eventually(30, () -> OutboxPollingSearchTest.found(b, "盆栽", "ノードをまたぐ盆栽の手入れ講座")))
				.as("course %d, saved on A, found on B", course).isTrue();
		assertThat(OutboxPollingSearchTest.found(a, "盆栽", "ノードをまたぐ盆栽の手入れ講座"))
				.as("A's own Lucene index is not B's: several nodes need OpenSearch").isFalse();
	}

	private static String drawOrRefusal(Node node, long course) {
		try {
			node.bean(LotteryService.class).draw(course, null);
			return "drawn";
		}
		catch (LotteryRefused refused) {
			return refused.messageKey();
		}
	}

	@SafeVarargs
	private static <T> List<T> atOnce(Callable<T>... tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		try {
			var go = new CountDownLatch(1);
			var futures = new ArrayList<Future<T>>();
			for (var task : tasks) {
				futures.add(pool.submit(() -> {
					go.await();
					return task.call();
				}));
			}
			go.countDown();
			var results = new ArrayList<T>();
			for (var future : futures) {
				results.add(future.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static WebSession withCookiesOf(WebSession from, Node to) {
		var session = to.session();
		var uri = URI.create(to.url("/"));
		from.cookies().getCookieStore().getCookies().forEach(cookie -> session.cookies().getCookieStore().add(uri, cookie));
		return session;
	}
}
