package jp.manabi.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.account.SignupValidationTestForms;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;

/** Mail goes out after the mail server comes back, and exactly once. */
class MailRetryTest extends IntegrationTest {

	@Test
	void aMailSentWhileTheServerIsDownArrivesOnceItIsBack() throws Exception {
		String email = "retry-" + System.nanoTime() + "@example.jp";
		greenMail.stop();
		try {
			var response = session().submit("/signup", "/signup", SignupValidationTestForms.valid(email));
			// The sign-up itself succeeds: the mail waits in the event publication registry.
			assertThat(response.statusCode()).isEqualTo(302);
			Thread.sleep(2_500);
		}
		finally {
			greenMail.start();
		}
		Mails.awaitText(greenMail, email, 1);
		Thread.sleep(3_000);
		assertThat(Mails.countTo(greenMail, email)).isEqualTo(1);
	}
}
