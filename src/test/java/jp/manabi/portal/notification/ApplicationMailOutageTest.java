package jp.manabi.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.domain.AfterCourseFixtures;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;

/**
 * An application taken while the mail server is down: the application stands, the mail waits in
 * the event publication registry, arrives once the server is back, and only once.
 */
class ApplicationMailOutageTest extends IntegrationTest {

	@Autowired
	CourseApplicationService applications;

	@Autowired
	AfterCourseFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApplicationMailArrivesExactlyOnceAfterTheServerIsBack() throws Exception {
		String title = "メール障害中の申込み " + System.nanoTime();
		long course = fixtures.acceptingCourse(title, LocalDate.now(Course.ZONE).plusWeeks(3));
		var resident = accounts.resident();
		long application;
		greenMail.stop();
		try {
			var outcome = applications.applyFirstCome(course, resident.id());
			application = outcome.applicationId();
			// The application itself is taken: the mail server being down is no reason to refuse it.
			assertThat(outcome.status()).isEqualTo(ApplicationStatus.CONFIRMED);
			// Several retry cycles (portal.mail.retry-every 1s in tests) fail while the server is down.
			Thread.sleep(3_000);
			assertThat(outstanding(application)).as("the mail waits to be sent").isEqualTo(1);
		}
		finally {
			greenMail.start();
		}
		String mail = Mails.awaitText(greenMail, resident.email(), 1);
		assertThat(mail).contains(title).contains("受講が確定しています");

		// More retry cycles: nothing is sent again, and nothing is left to send.
		Thread.sleep(3_500);
		assertThat(Mails.countTo(greenMail, resident.email())).isEqualTo(1);
		assertThat(outstanding(application)).isZero();
	}

	/** Publications of this application's mail not yet completed (completed ones are deleted). */
	private long outstanding(long application) {
		return jdbc.sql("""
				select count(*) from event_publication
				where event_type like '%ApplicationReceived' and completion_date is null
				and serialized_event like :id""").param("id", "%\"applicationId\":" + application + ",%")
				.query(Long.class).single();
	}
}
