package jp.manabi.portal.consultation.domain;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.consultation.DeskEvents.StaffBooked;

/**
 * Staff book for someone who phones: for an existing account (found by email; then it is that
 * resident's booking, on their マイページ, and they get a mail) or for a caller without one (name
 * and phone). The slot rules and the double-booking guard are {@link BookingService}'s.
 */
@Service
@Transactional
public class DeskBookings {

	private final BookingService bookings;
	private final BookingRepository repository;
	private final TopicRepository topics;
	private final Accounts accounts;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;

	DeskBookings(BookingService bookings, BookingRepository repository, TopicRepository topics, Accounts accounts,
			ApplicationEventPublisher events, AuditLog audit) {
		this.bookings = bookings;
		this.repository = repository;
		this.topics = topics;
		this.accounts = accounts;
		this.events = events;
		this.audit = audit;
	}

	/** Whom staff book for: an account's email, or a caller's name and phone. */
	public record Caller(String email, String name, String phone) {

		boolean hasEmail() {
			return email != null && !email.isBlank();
		}
	}

	/** Books the slot; a refusal ({@link BookingRefused}, {@link DeskRefused}) changes nothing. */
	public long bookFor(long topicId, long counselorId, Instant startsAt, Caller caller, String description,
			long staffId) {
		Booking.Who who;
		if (caller.hasEmail()) {
			var account = accounts.findByEmail(caller.email().strip())
					.orElseThrow(() -> new DeskRefused("email", "consultation.desk.book.error.unknownEmail"));
			who = new Booking.Who(account.id(), null, null, staffId);
		}
		else {
			if (caller.name() == null || caller.name().isBlank()) {
				throw new DeskRefused("callerName", "consultation.desk.book.error.callerName");
			}
			if (caller.phone() == null || caller.phone().isBlank()) {
				throw new DeskRefused("callerPhone", "consultation.desk.book.error.callerPhone");
			}
			who = new Booking.Who(null, caller.name().strip(), caller.phone().strip(), staffId);
		}
		long id = bookings.bookFor(topicId, counselorId, startsAt, who, description.strip());
		audit.record(AuditAction.ADMIN, "consultation_booking", id,
				who.accountId() != null ? "booked for account " + who.accountId() : "booked for a caller");
		if (who.accountId() != null) {
			var booking = repository.findById(id).orElseThrow();
			var topic = topics.findById(topicId).orElseThrow();
			events.publishEvent(new StaffBooked(id, who.accountId(), topic.getNameJa(), topic.getNameEn(),
					booking.getStartsAt(), booking.getChannel(), booking.getVenue()));
		}
		return id;
	}
}
