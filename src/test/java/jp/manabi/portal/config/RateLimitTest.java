package jp.manabi.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jp.manabi.portal.config.RateLimitProperties.Limit;
import jp.manabi.portal.config.RateLimitProperties.Rule;
import jp.manabi.portal.course.domain.AfterCourseFixtures;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.support.IntegrationTest;

/**
 * Rate limits through the real app: a fresh resident who sends more course applications than the
 * per-account limit gets the 429 page (Japanese and English) with Retry-After, and the refused
 * application is not saved while the earlier one is untouched. The per-address limit is proven
 * with limiters of the test's own on the same database table, as two nodes would share it.
 */
class RateLimitTest extends IntegrationTest {

	@Autowired
	RateLimitProperties properties;

	@Autowired
	AfterCourseFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aResidentPastThePerAccountLimitGetsThe429PageAndNothingMoreIsSaved() {
		int capacity = properties.rules().get("course-application").perAccount().capacity();
		long first = course();
		long second = course();
		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), resident.password());
		String token = web.csrfFrom("/courses/" + first + "/apply");

		var applied = web.post("/courses/" + first + "/apply", Map.of("_csrf", token));
		assertThat(applied.statusCode()).isEqualTo(302);
		assertThat(applied.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/mypage/applications/"));
		// The same again (a double click, a script): refused by the course rules, but each one counts.
		for (int i = 1; i < capacity; i++) {
			assertThat(web.post("/courses/" + first + "/apply", Map.of("_csrf", token)).statusCode()).isEqualTo(200);
		}

		var refused = web.post("/courses/" + second + "/apply", Map.of("_csrf", token));
		assertThat(refused.statusCode()).isEqualTo(429);
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		// Thirty per hour, refilled evenly: the next one in about two minutes.
		assertThat(retryAfter).isBetween(1L, 120L);
		assertThat(refused.body()).contains("受け付けを一時停止しています").contains("分たってから")
				.contains("入力した内容が残っています").doesNotContain("Exception");

		web.acceptLanguage("en");
		var inEnglish = web.post("/courses/" + second + "/apply", Map.of("_csrf", token));
		assertThat(inEnglish.statusCode()).isEqualTo(429);
		assertThat(inEnglish.headers().firstValue("Retry-After")).isPresent();
		assertThat(inEnglish.body()).contains("Too many attempts in a short time").contains("minutes")
				.contains("what you typed is still in the form");

		assertThat(applications(second, resident.id())).as("the refused application").isZero();
		assertThat(applications(first, resident.id())).as("the one made before").isEqualTo(1);
		// Pages are not limited: the resident still sees their applications.
		assertThat(web.get("/mypage/applications").statusCode()).isEqualTo(200);
		// Another resident is not held up by this one.
		var other = accounts.resident();
		var otherWeb = session();
		otherWeb.logIn(other.email(), other.password());
		assertThat(otherWeb.submit("/courses/" + second + "/apply", "/courses/" + second + "/apply", Map.of())
				.statusCode()).isEqualTo(302);
	}

	@Test
	void resetMailForOneAddressStopsAtItsLimitWhoeverAsks() throws Exception {
		int capacity = properties.rules().get("password-reset").perAccount().capacity();
		var resident = accounts.resident();
		for (int i = 0; i < capacity; i++) {
			// Fresh visitors each time (no session in common), the address in other letters.
			String email = i % 2 == 0 ? resident.email() : resident.email().toUpperCase(java.util.Locale.ROOT);
			assertThat(session().submit("/password/forgot", "/password/forgot", Map.of("email", email)).statusCode())
					.isEqualTo(302);
		}
		var refused = session().submit("/password/forgot", "/password/forgot", Map.of("email", resident.email()));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("受け付けを一時停止しています");
		jp.manabi.portal.support.Mails.awaitAll(greenMail, resident.email(), capacity);
		Thread.sleep(1500);
		assertThat(jp.manabi.portal.support.Mails.countTo(greenMail, resident.email()))
				.as("one reset mail per accepted request, none for the refused one").isEqualTo(capacity);
		// Someone else's reset is not affected.
		var other = accounts.resident();
		assertThat(session().submit("/password/forgot", "/password/forgot", Map.of("email", other.email()))
				.statusCode()).isEqualTo(302);
	}

	@Test
	void thePerAddressLimitHoldsAcrossAccountsAndAcrossNodesSharingTheDatabase() {
		// Two limiters on the one bucket table: two app nodes. Tiny limits, a rule name of this test's own.
		String rule = "test-booking-" + System.nanoTime();
		var rules = Map.of(rule, new Rule(List.of("/consultations/{code}/book"), new Limit(2, Duration.ofHours(1)), null,
				new Limit(3, Duration.ofHours(1))));
		var nodeA = new RateLimitInterceptor(RateLimiter.inDatabase(rules, dataSource, java.time.Clock.systemUTC()));
		var nodeB = new RateLimitInterceptor(RateLimiter.inDatabase(rules, dataSource, java.time.Clock.systemUTC()));

		// Three different residents behind one address, alternating nodes: the address has three.
		assertThat(nodeA.preHandle(booking("198.51.100.7", 1), new MockHttpServletResponse(), null)).isTrue();
		assertThat(nodeB.preHandle(booking("198.51.100.7", 2), new MockHttpServletResponse(), null)).isTrue();
		assertThat(nodeA.preHandle(booking("198.51.100.7", 3), new MockHttpServletResponse(), null)).isTrue();
		var refusals = new HashMap<String, Duration>();
		try {
			nodeB.preHandle(booking("198.51.100.7", 4), new MockHttpServletResponse(), null);
		}
		catch (RateLimitExceeded ex) {
			refusals.put(ex.rule(), ex.retryAfter());
		}
		assertThat(refusals).containsKey(rule);
		assertThat(refusals.get(rule)).isBetween(Duration.ofMinutes(15), Duration.ofMinutes(20));
		// Another address is not affected.
		assertThat(nodeB.preHandle(booking("203.0.113.9", 4), new MockHttpServletResponse(), null)).isTrue();
		// The buckets are stored hashed: neither the address nor the account appears.
		assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id like '%198.51%'").query(Long.class).single())
				.isZero();
	}

	@Test
	void bucketsThatAreFullAgainAreCleanedUp() {
		String rule = "test-cleanup-" + System.nanoTime();
		var rules = Map.of(rule, new Rule(List.of("/x"), new Limit(1, Duration.ofMinutes(1)), null, null));
		// A node whose clock says two hours ago: its bucket is full again (expired) by now.
		var limiter = RateLimiter.inDatabase(rules, dataSource,
				java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofHours(-2)));
		limiter.tryAcquire(rule, "1", null);
		assertThat(expired()).isPositive();

		assertThat(limiter.removeExpired()).isPositive();
		assertThat(expired()).isZero();
	}

	private long expired() {
		return jdbc.sql("select count(*) from rate_limit_bucket where expires_at < :now")
				.param("now", System.currentTimeMillis()).query(Long.class).single();
	}

	private static MockHttpServletRequest booking(String address, long accountId) {
		var request = new MockHttpServletRequest("POST", "/consultations/career/book");
		request.setRemoteAddr(address);
		var user = new jp.manabi.portal.account.CurrentUser(accountId, "r" + accountId + "@example.jp", "試験", "{noop}x",
				true, true, java.util.Set.of(jp.manabi.portal.account.Role.RESIDENT));
		request.setUserPrincipal(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
				user, null, user.getAuthorities()));
		return request;
	}

	private long applications(long courseId, long accountId) {
		return jdbc.sql("select count(*) from course_application where course_id = :c and account_id = :a")
				.param("c", courseId).param("a", accountId).query(Long.class).single();
	}

	private long course() {
		return fixtures.acceptingCourse("回数制限の講座 " + System.nanoTime(), LocalDate.now(Course.ZONE).plusWeeks(3));
	}
}
