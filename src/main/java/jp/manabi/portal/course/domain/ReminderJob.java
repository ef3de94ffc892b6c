package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.ReminderEvents.CourseReminder;

/**
 * Reminds everyone holding a place two days before a course's first session. Each course is
 * handled in its own transaction: the reminders are published and the course marked reminded
 * together, so a course is reminded once however often (and on however many nodes) this runs;
 * the mail itself goes out after the commit and is retried while the mail server is down.
 */
@Component
public class ReminderJob {

	/** How long before the first session the reminder goes out. */
	public static final Duration AHEAD = Duration.ofDays(2);

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final CourseRepository courses;
	private final CourseApplicationRepository applications;
	private final EntityManager entityManager;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReminderJob(CourseRepository courses, CourseApplicationRepository applications, EntityManager entityManager,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.courses = courses;
		this.applications = applications;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Sends the reminders that are due. */
	@Scheduled(fixedDelayString = "${portal.course.reminder.check-every:15m}",
			initialDelayString = "${portal.course.reminder.check-every:15m}")
	@SchedulerLock(name = "course-reminder", lockAtMostFor = "PT10M")
	public void sendDueReminders() {
		var now = clock.instant();
		List<Long> due = transactions.execute(status -> dueCourses(now));
		int reminded = 0;
		for (long courseId : due) {
			try {
				Boolean sent = transactions.execute(status -> remind(courseId, now));
				reminded += Boolean.TRUE.equals(sent) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				// One course's trouble must not hold back the others; it is tried again next time.
				log.warn("Reminder for course {} failed; tried again next run", courseId, ex);
			}
		}
		if (reminded > 0) {
			log.info("Reminded the participants of {} courses", reminded);
		}
	}

	private List<Long> dueCourses(Instant now) {
		return entityManager.createQuery("""
				select c.id from Course c
				where c.status = :published and c.reminderSentAt is null
				and c.firstSessionStartsAt > :now and c.firstSessionStartsAt <= :until
				order by c.firstSessionStartsAt, c.id""", Long.class)
				.setParameter("published", CourseStatus.PUBLISHED).setParameter("now", now)
				.setParameter("until", now.plus(AHEAD)).getResultList();
	}

	/** Under the course's row lock, so a course cancelled or reminded meanwhile is seen as such. */
	private boolean remind(long courseId, Instant now) {
		var course = courses.findForUpdate(courseId).orElse(null);
		if (course == null || course.getStatus() != CourseStatus.PUBLISHED || course.getReminderSentAt() != null
				|| course.getFirstSessionStartsAt() == null || !course.getFirstSessionStartsAt().isAfter(now)) {
			return false;
		}
		for (var application : applications.activeOf(courseId)) {
			// Counter applicants without an account are phoned by staff, as for a cancelled course.
			if (application.getStatus() == ApplicationStatus.CONFIRMED && application.getAccountId() != null) {
				events.publishEvent(new CourseReminder(application.getId(), courseId, application.getAccountId(),
						course.getTitle(), course.getFirstSessionStartsAt()));
			}
		}
		course.markReminderSent(now);
		return true;
	}
}
