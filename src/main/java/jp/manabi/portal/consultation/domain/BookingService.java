package jp.manabi.portal.consultation.domain;

import java.time.Clock;
import java.time.Instant;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.consultation.BookingStatus;

/**
 * Books, cancels and moves consultations. The slot is checked against freshly computed free
 * slots (a tampered or stale slot is refused), but what makes a double booking impossible is the
 * database: its exclusion constraint refuses a second booking that overlaps, and that refusal is
 * turned into "this slot was just taken".
 */
@Service
@Transactional
public class BookingService {

	static final String NO_DOUBLE_BOOKING = "consultation_booking_no_double";

	private final SlotFinder slots;
	private final TopicRepository topics;
	private final BookingRepository bookings;
	private final ConsultationLimits limits;
	private final JdbcClient jdbc;
	private final Clock clock;

	BookingService(SlotFinder slots, TopicRepository topics, BookingRepository bookings, ConsultationLimits limits,
			JdbcClient jdbc, Clock clock) {
		this.slots = slots;
		this.topics = topics;
		this.bookings = bookings;
		this.limits = limits;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A resident books a slot for themselves. Returns the booking's id. */
	public long book(long topicId, long counselorId, Instant startsAt, long accountId, String description) {
		// One resident's bookings queue here, so two tabs cannot pass the limit together.
		jdbc.sql("select pg_advisory_xact_lock(hashtext('consultation-booking'), cast(? as integer))")
				.param((int) (accountId ^ (accountId >>> 32))).query((rs, row) -> 1).single();
		long open = bookings.countByAccountIdAndStatusAndStartsAtAfter(accountId, BookingStatus.BOOKED, clock.instant());
		if (open >= limits.openBookings()) {
			throw new BookingRefused("consultation.refused.limit");
		}
		return save(topicId, counselorId, startsAt, Booking.Who.resident(accountId), description);
	}

	/** Staff book for someone who phoned (with or without an account); not limited. */
	public long bookFor(long topicId, long counselorId, Instant startsAt, Booking.Who who, String description) {
		return save(topicId, counselorId, startsAt, who, description);
	}

	private long save(long topicId, long counselorId, Instant startsAt, Booking.Who who, String description) {
		var topic = topics.findById(topicId).filter(Topic::isActive)
				.orElseThrow(() -> new BookingRefused("consultation.refused.unknownTopic"));
		var slot = slots.find(topicId, counselorId, startsAt)
				.orElseThrow(() -> new BookingRefused("consultation.refused.slotNotFree"));
		try {
			return bookings.saveAndFlush(new Booking(slot, topicId, topic.rules(), who, description)).getId();
		}
		catch (DataIntegrityViolationException e) {
			if (violates(e, NO_DOUBLE_BOOKING)) {
				throw new BookingRefused("consultation.refused.slotTaken");
			}
			throw e;
		}
	}

	/** The resident cancels their own booking until the topic's cut-off. */
	public void cancel(long bookingId, long accountId) {
		var booking = bookings.findByIdAndAccountId(bookingId, accountId)
				.orElseThrow(() -> new BookingRefused("consultation.refused.notFound"));
		if (booking.getStatus() != BookingStatus.BOOKED) {
			throw new BookingRefused("consultation.refused.notBooked");
		}
		var rules = topics.findById(booking.getTopicId()).orElseThrow().rules();
		if (!rules.cancellable(booking.getStartsAt(), clock.instant())) {
			throw new BookingRefused("consultation.refused.pastCutoff");
		}
		booking.cancel(accountId, clock.instant());
	}

	private static boolean violates(DataIntegrityViolationException e, String constraint) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation
					&& constraint.equals(violation.getConstraintName())) {
				return true;
			}
			if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
				return true;
			}
		}
		return false;
	}
}
