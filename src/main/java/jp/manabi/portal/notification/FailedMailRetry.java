package jp.manabi.portal.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed mail again. Only publications marked failed are resubmitted, never ones still
 * in flight, so a mail is not sent twice; and on one node at a time. The lock is essential, not
 * a nicety: Spring Modulith 2.1.1 claims a publication with {@code status <> 'RESUBMITTED'}, which
 * also matches one another node has just claimed and is sending, so two retries in parallel could
 * send a mail twice (docs/operations.md, "Several nodes sending mail").
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
