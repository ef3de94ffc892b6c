package jp.manabi.portal.course.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.domain.AfterCourseFixtures;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.WebSession;

/**
 * The database connection dies in the middle of an application: the test holds the course's row
 * lock from a connection of its own, so the application's transaction waits on it; the test finds
 * that backend (blocked by its own) and terminates it. Expected: nothing half-made (no application,
 * no place taken, no mail), a clean 503 page in the resident's language, and the app carries on
 * without a restart (the pool replaces the dead connection; the next application goes through).
 */
class ApplicationConnectionLossTest extends IntegrationTest {

	@Autowired
	AfterCourseFixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApplicationWhoseConnectionIsCutLeavesNothingBehindAndTheNextOneSucceeds() throws Exception {
		long course = course();
		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), resident.password());
		String token = web.csrfFrom("/courses/" + course + "/apply");

		var japanese = applyWhileTheConnectionIsCut(web, course, token);
		assertThat(japanese.statusCode()).isEqualTo(503);
		assertThat(japanese.headers().firstValue("Retry-After")).isPresent();
		assertThat(japanese.body()).contains("ただいま処理を完了できませんでした").contains("もう一度お試しください");
		assertThat(japanese.body()).doesNotContain("Exception").doesNotContain("at jp.").doesNotContain("PSQL");

		web.acceptLanguage("en");
		var english = applyWhileTheConnectionIsCut(web, course, token);
		assertThat(english.statusCode()).isEqualTo(503);
		assertThat(english.body()).contains("We could not finish just now").contains("try again");

		assertThat(applications(course, resident.id())).as("no half-made application").isZero();
		assertThat(jdbc.sql("select count(*) from course_application where course_id = :c").param("c", course)
				.query(Long.class).single()).as("no place taken").isZero();
		assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :me")
				.param("me", "%\"accountId\":" + resident.id() + ",%").query(Long.class).single())
				.as("no mail waiting to go").isZero();
		Thread.sleep(1500);
		assertThat(Mails.countTo(greenMail, resident.email())).as("no mail sent").isZero();

		// No restart: the very next application goes through, and its mail is sent once.
		var next = web.post("/courses/" + course + "/apply", Map.of("_csrf", token));
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(applications(course, resident.id())).isEqualTo(1);
		Mails.awaitText(greenMail, resident.email(), 1);
		// Other pages work as before.
		assertThat(web.get("/mypage/applications").statusCode()).isEqualTo(200);
	}

	/** Posts the application while the test holds the course's row lock, and kills the waiting backend. */
	private HttpResponse<String> applyWhileTheConnectionIsCut(WebSession web, long course, String token)
			throws Exception {
		var pool = Executors.newSingleThreadExecutor();
		try (Connection lock = dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (var statement = lock.prepareStatement("select id from course where id = ? for update")) {
				statement.setLong(1, course);
				statement.executeQuery().close();
			}
			int lockHolder;
			try (var pid = lock.createStatement().executeQuery("select pg_backend_pid()")) {
				pid.next();
				lockHolder = pid.getInt(1);
			}
			Future<HttpResponse<String>> response = pool
					.submit(() -> web.post("/courses/" + course + "/apply", Map.of("_csrf", token)));
			int blocked = waitForBackendBlockedBy(lockHolder);
			assertThat(jdbc.sql("select wait_event_type from pg_stat_activity where pid = :pid").param("pid", blocked)
					.query(String.class).single()).isEqualTo("Lock");
			assertThat(jdbc.sql("select pg_terminate_backend(:pid)").param("pid", blocked).query(Boolean.class).single())
					.isTrue();
			lock.rollback();
			return response.get(30, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int waitForBackendBlockedBy(int lockHolder) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			var blocked = jdbc.sql("select pid from pg_stat_activity where :holder = any(pg_blocking_pids(pid))")
					.param("holder", lockHolder).query(Integer.class).list();
			if (!blocked.isEmpty()) {
				return blocked.get(0);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the application never waited for the course lock");
	}

	private long applications(long courseId, long accountId) {
		return jdbc.sql("select count(*) from course_application where course_id = :c and account_id = :a")
				.param("c", courseId).param("a", accountId).query(Long.class).single();
	}

	private long course() {
		return fixtures.acceptingCourse("接続断の講座 " + System.nanoTime(), LocalDate.now(Course.ZONE).plusWeeks(3));
	}
}
