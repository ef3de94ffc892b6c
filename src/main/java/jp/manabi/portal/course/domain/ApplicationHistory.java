package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.manabi.portal.course.ApplicationStatus;

/** Records every status change of an application with who made it and why. */
@Component
public class ApplicationHistory {

	private final ApplicationChangeRepository changes;
	private final Clock clock;

	ApplicationHistory(ApplicationChangeRepository changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * @param from the status before, null for a new application
	 * @param by the account that made the change; null for the applicant themselves or a scheduled job
	 */
	public void record(CourseApplication application, ApplicationStatus from, String reason, Long by) {
		changes.save(new ApplicationChange(application.getId(), from, application.getStatus(), reason, by,
				clock.instant()));
	}

	public List<ApplicationChange> of(long applicationId) {
		return changes.findByApplicationIdOrderById(applicationId);
	}
}
