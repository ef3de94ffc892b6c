package jp.manabi.portal.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed mail again. Only publications marked failed are resubmitted, never ones still
 * in flight, so a mail is not sent twice; and on one node at a time.
 */
@Component
class FailedMailRetry {

	private final FailedEventPublications failed;
	private final MailProperties properties;

	FailedMailRetry(FailedEventPublications failed, MailProperties properties) {
		this.failed = failed;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${portal.mail.retry-every:30s}", initialDelayString = "${portal.mail.retry-every:30s}")
	@SchedulerLock(name = "mail-retry", lockAtMostFor = "PT5M")
	void retry() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(properties.retryAfter()));
	}
}
