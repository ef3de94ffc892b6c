package jp.manabi.portal.consultation.domain;

import java.time.Clock;
import java.time.Instant;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.consultation.BookingEvents;
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
	private final CounselorRepository counselors;
	private final ApplicationEventPublisher events;

	BookingService(SlotFinder slots, TopicRepository topics, BookingRepository bookings, ConsultationLimits limits,
			JdbcClient jdbc, Clock clock, CounselorRepository counselors, ApplicationEventPublisher events) {
		this.slots = slots;
		this.topics = topics;
		this.bookings = bookings;
		this.limits = limits;
		this.jdbc = jdbc;
		this.clock = clock;
		this.counselors = counselors;
		this.events = events;
	}

	/** A resident books a slot for themselves. Returns the booking's id. */
	public long book(long topicId, long counselorId, Instant startsAt, long accountId, String description) {
		return book(topicId, counselorId, startsAt, accountId, description, null);
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
		events.publishEvent(new BookingEvents.ConsultationCancelled(consultation(booking)));
	}

	// ---- Residents' own bookings (booking helper): with a phone number, moving, the mails' events ----

	/**
	 * A resident books a slot for themselves, with the number to call for a PHONE consultation
	 * (null otherwise). Under the resident's advisory lock, so two tabs cannot pass the limit
	 * together. Publishes {@link BookingEvents.ConsultationBooked} (the confirmation mail).
	 */
	public long book(long topicId, long counselorId, Instant startsAt, long accountId, String description,
			String contactPhone) {
		lockResident(accountId);
		long open = bookings.countByAccountIdAndStatusAndStartsAtAfter(accountId, BookingStatus.BOOKED, clock.instant());
		if (open >= limits.openBookings()) {
			throw new BookingRefused("consultation.refused.limit");
		}
		long id = save(topicId, counselorId, startsAt, Booking.Who.resident(accountId), description);
		var booking = bookings.findById(id).orElseThrow();
		booking.contactPhone(contactPhone);
		events.publishEvent(new BookingEvents.ConsultationBooked(consultation(booking)));
		return id;
	}

	/**
	 * Moves the resident's own booking to another free slot of the same topic, in one transaction:
	 * the new slot is booked first (so the old one is only given up once the new one is held), then
	 * the old booking is cancelled. The open-bookings limit does not apply (the count stays the
	 * same); the cut-off does. Any refusal rolls everything back. Returns the new booking's id.
	 */
	public long move(long bookingId, long accountId, long counselorId, Instant startsAt) {
		lockResident(accountId);
		var old = bookings.findByIdAndAccountId(bookingId, accountId)
				.orElseThrow(() -> new BookingRefused("consultation.refused.notFound"));
		if (old.getStatus() != BookingStatus.BOOKED) {
			throw new BookingRefused("consultation.refused.notBooked");
		}
		var rules = topics.findById(old.getTopicId()).orElseThrow().rules();
		Instant now = clock.instant();
		if (!rules.cancellable(old.getStartsAt(), now)) {
			throw new BookingRefused("consultation.refused.pastCutoff");
		}
		long id = save(old.getTopicId(), counselorId, startsAt, Booking.Who.resident(accountId), old.getDescription());
		var moved = bookings.findById(id).orElseThrow();
		moved.contactPhone(old.getContactPhone());
		old.cancel(accountId, now);
		events.publishEvent(new BookingEvents.ConsultationMoved(consultation(old), consultation(moved)));
		return id;
	}

	/** The booking as the resident's mails show it. */
	BookingEvents.Consultation consultation(Booking booking) {
		var topic = topics.findById(booking.getTopicId()).orElseThrow();
		String counselor = counselors.findById(booking.getCounselorId()).map(Counselor::getDisplayName).orElse("");
		return new BookingEvents.Consultation(booking.getId(), booking.getAccountId() == null ? 0 : booking.getAccountId(),
				topic.getNameJa(), topic.getNameEn(), counselor, booking.getChannel(), booking.getVenue(),
				booking.getStartsAt(), booking.getEndsAt());
	}

	/** One resident's bookings queue here (limit and move), so two tabs cannot interleave. */
	private void lockResident(long accountId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('consultation-booking'), cast(? as integer))")
				.param((int) (accountId ^ (accountId >>> 32))).query((rs, row) -> 1).single();
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
