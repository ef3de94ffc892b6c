package jp.manabi.portal.consultation.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.consultation.BookingEvents.ConsultationReminder;
import jp.manabi.portal.consultation.BookingStatus;

/**
 * The reminder the day before a consultation: every resident's BOOKED booking that starts within
 * the next {@link #AHEAD} (24 hours) gets one, once (reminder_sent_at, set under the booking's
 * row lock together with publishing the event, so however often and on however many nodes this
 * runs, one mail goes out). A booking made less than a day before its start gets none: its
 * confirmation has just gone out.
 */
@Component
public class BookingReminderJob {

	/** How long before the start the reminder goes out (at the latest one check interval later). */
	public static final Duration AHEAD = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(BookingReminderJob.class);

	private final EntityManager entityManager;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final BookingService bookings;
	private final Clock clock;

	BookingReminderJob(EntityManager entityManager, TransactionTemplate transactions, ApplicationEventPublisher events,
			BookingService bookings, Clock clock) {
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.events = events;
		this.bookings = bookings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.consultation.reminder.check-every:15m}",
			initialDelayString = "${portal.consultation.reminder.check-every:15m}")
	@SchedulerLock(name = "consultation-reminder", lockAtMostFor = "PT10M")
	public void run() {
		sendDueReminders(clock.instant());
	}

	/** Sends the reminders due at {@code now}; returns how many were sent. */
	public int sendDueReminders(Instant now) {
		List<Long> due = transactions.execute(status -> due(now));
		int sent = 0;
		for (long id : due) {
			try {
				Boolean reminded = transactions.execute(status -> remind(id, now));
				sent += Boolean.TRUE.equals(reminded) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				// One booking's trouble must not hold back the others; it is tried again next time.
				log.warn("Reminder for consultation booking {} failed; tried again next run", id, ex);
			}
		}
		if (sent > 0) {
			log.info("Reminded {} residents of their consultation", sent);
		}
		return sent;
	}

	private List<Long> due(Instant now) {
		return entityManager.createQuery("""
				select b from Booking b
				where b.status = :booked and b.reminderSentAt is null and b.accountId is not null
				and b.startsAt > :now and b.startsAt <= :until
				order by b.startsAt, b.id""", Booking.class).setParameter("booked", BookingStatus.BOOKED)
				.setParameter("now", now).setParameter("until", now.plus(AHEAD)).getResultList().stream()
				.filter(b -> b.getCreatedAt().isBefore(b.getStartsAt().minus(AHEAD))).map(Booking::getId).toList();
	}

	private boolean remind(long id, Instant now) {
		var booking = entityManager.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (booking == null || booking.getStatus() != BookingStatus.BOOKED || booking.getReminderSentAt() != null
				|| !booking.getStartsAt().isAfter(now)) {
			return false;
		}
		booking.reminderSent(now);
		events.publishEvent(new ConsultationReminder(bookings.consultation(booking)));
		return true;
	}
}
