package jp.manabi.portal.consultation.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.manabi.portal.consultation.BookingStatus;
import jp.manabi.portal.consultation.Channel;

/**
 * A consultation booked for a slot. It holds its counselor from {@code startsAt} to
 * {@code heldUntil} (the slot plus the topic's buffer); the database refuses a second booking
 * that is not cancelled and overlaps that time (exclusion constraint consultation_booking_no_double).
 */
@Entity
@Table(name = "consultation_booking")
public class Booking {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long counselorId;

	private long topicId;

	/** The resident's account; null when staff booked for someone who phoned and has none. */
	private Long accountId;

	private String callerName;

	private String callerPhone;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String venue;

	private String onlineLink;

	private Instant startsAt;

	private Instant endsAt;

	private Instant heldUntil;

	@Enumerated(EnumType.STRING)
	private BookingStatus status = BookingStatus.BOOKED;

	private String description;

	private Long bookedBy;

	private Instant cancelledAt;

	private Long cancelledBy;

	private Instant reminderSentAt;

	/** The number a resident gave for a PHONE consultation (V61). */
	private String contactPhone;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Booking() {
	}

	/** A booking for the slot; {@code who} is the resident's account or the caller staff booked for. */
	public Booking(FreeSlots.Slot slot, long topicId, BookingRules rules, Who who, String description) {
		this.counselorId = slot.counselorId();
		this.topicId = topicId;
		this.channel = slot.channel();
		this.venue = slot.venue();
		this.startsAt = slot.startsAt();
		this.endsAt = slot.endsAt();
		this.heldUntil = slot.startsAt().plus(rules.held());
		this.accountId = who.accountId();
		this.callerName = who.callerName();
		this.callerPhone = who.callerPhone();
		this.bookedBy = who.bookedBy();
		this.description = description;
	}

	/** Whom a booking is for: a resident's account, or a caller staff booked for (bookedBy = staff). */
	public record Who(Long accountId, String callerName, String callerPhone, Long bookedBy) {

		public static Who resident(long accountId) {
			return new Who(accountId, null, null, null);
		}
	}

	void cancel(long by, Instant at) {
		this.status = BookingStatus.CANCELLED;
		this.cancelledBy = by;
		this.cancelledAt = at;
	}

	void record(BookingStatus status) {
		this.status = status;
	}

	void addOnlineLink(String link) {
		this.onlineLink = link;
	}

	void reminderSent(Instant at) {
		this.reminderSentAt = at;
	}

	void contactPhone(String phone) {
		this.contactPhone = phone;
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public long getCounselorId() {
		return counselorId;
	}

	public long getTopicId() {
		return topicId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getCallerName() {
		return callerName;
	}

	public String getCallerPhone() {
		return callerPhone;
	}

	public Channel getChannel() {
		return channel;
	}

	public String getVenue() {
		return venue;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public Instant getHeldUntil() {
		return heldUntil;
	}

	public BookingStatus getStatus() {
		return status;
	}

	public String getDescription() {
		return description;
	}

	public Long getBookedBy() {
		return bookedBy;
	}

	public Instant getCancelledAt() {
		return cancelledAt;
	}

	public Instant getReminderSentAt() {
		return reminderSentAt;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
