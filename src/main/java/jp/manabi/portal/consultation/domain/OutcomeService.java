package jp.manabi.portal.consultation.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.consultation.BookingStatus;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.ReferralTarget;

/**
 * A consultation's outcome, recorded by its counselor or by staff: private notes, held or no-show,
 * referrals, and the meeting link of an online consultation. Every read of the notes is audited.
 */
@Service
@Transactional
public class OutcomeService {

	public static final String NOTES_SUBJECT = "consultation_outcome";
	public static final String CONTACT_SUBJECT = "consultation_contact";

	private final DeskAccess access;
	private final OutcomeRepository outcomes;
	private final ReferralRepository referrals;
	private final BookingRepository bookings;
	private final TopicRepository topics;
	private final CounselorRepository counselors;
	private final Accounts accounts;
	private final List<ReferralTarget> targets;
	private final AuditLog audit;
	private final Clock clock;

	OutcomeService(DeskAccess access, OutcomeRepository outcomes, ReferralRepository referrals,
			BookingRepository bookings, TopicRepository topics, CounselorRepository counselors, Accounts accounts,
			List<ReferralTarget> targets, AuditLog audit, Clock clock) {
		this.access = access;
		this.outcomes = outcomes;
		this.referrals = referrals;
		this.bookings = bookings;
		this.topics = topics;
		this.counselors = counselors;
		this.accounts = accounts;
		this.targets = targets.stream().sorted(Comparator.comparing(ReferralTarget::kind)).toList();
		this.audit = audit;
		this.clock = clock;
	}

	/** Whom the consultation is with: the resident's account, or the caller staff booked for. */
	public record Contact(String name, String phone, String email, boolean hasAccount) {
	}

	/** Everything the booking page shows. {@code notesVersion} is null until notes were first saved. */
	public record BookingPage(Booking booking, Topic topic, String counselorName, Contact contact, String notes,
			Long notesVersion, List<Referral> referrals, boolean started) {

		public String topicName(Locale locale) {
			return topic.name(locale);
		}
	}

	/** The booking page: contact and notes, both audited as read. */
	public BookingPage page(long bookingId, DeskViewer viewer) {
		var booking = access.booking(bookingId, viewer);
		var topic = topics.findById(booking.getTopicId()).orElseThrow();
		String counselorName = counselors.findById(booking.getCounselorId()).map(Counselor::getDisplayName).orElse("");
		var outcome = outcomes.findById(bookingId);
		audit.record(AuditAction.VIEW, CONTACT_SUBJECT, bookingId, "booking page");
		audit.record(AuditAction.VIEW, NOTES_SUBJECT, bookingId, outcome.isPresent() ? "notes shown" : "no notes yet");
		return new BookingPage(booking, topic, counselorName, contact(booking),
				outcome.map(Outcome::getNotes).orElse(""), outcome.map(Outcome::getVersion).orElse(null),
				referrals.findByBookingIdOrderByIdAsc(bookingId), !clock.instant().isBefore(booking.getStartsAt()));
	}

	private Contact contact(Booking booking) {
		if (booking.getAccountId() == null) {
			return new Contact(booking.getCallerName(), booking.getCallerPhone(), null, false);
		}
		var person = accounts.find(booking.getAccountId());
		return new Contact(person.map(AccountSummary::displayName).orElse(""),
				person.map(AccountSummary::phone).orElse(null), person.map(AccountSummary::email).orElse(null), true);
	}

	/**
	 * Saves the notes. {@code expectedVersion} is the version the form was read at (null when
	 * there were no notes yet); someone else's save in between is a lost update, refused.
	 */
	public void saveNotes(long bookingId, DeskViewer viewer, Long expectedVersion, String notes) {
		var booking = access.booking(bookingId, viewer);
		String text = notes == null ? "" : notes.strip();
		if (text.length() > Outcome.MAX_NOTES) {
			throw new DeskRefused("notes", "consultation.outcome.error.notesTooLong");
		}
		var existing = outcomes.findById(bookingId);
		if (existing.isPresent() ? !Long.valueOf(existing.get().getVersion()).equals(expectedVersion)
				: expectedVersion != null) {
			throw new ObjectOptimisticLockingFailureException(Outcome.class, bookingId);
		}
		var outcome = existing.orElseGet(() -> outcomes.save(new Outcome(booking.getId(), viewer.accountId())));
		outcome.write(text, viewer.accountId());
		outcomes.flush();
		audit.record(AuditAction.CHANGE, NOTES_SUBJECT, bookingId, "notes saved");
	}

	/** Held or no-show, once the consultation has started (either may be corrected later). */
	public void mark(long bookingId, DeskViewer viewer, BookingStatus status) {
		var booking = access.booking(bookingId, viewer);
		if (status != BookingStatus.HELD && status != BookingStatus.NO_SHOW) {
			throw new DeskRefused("status", "consultation.outcome.error.status");
		}
		if (booking.getStatus() == BookingStatus.CANCELLED) {
			throw new DeskRefused("status", "consultation.outcome.error.cancelled");
		}
		if (clock.instant().isBefore(booking.getStartsAt())) {
			throw new DeskRefused("status", "consultation.outcome.error.notStarted");
		}
		booking.record(status);
		bookings.flush();
		audit.record(AuditAction.CHANGE, "consultation_booking", bookingId, "marked " + status);
	}

	/** The kinds a referral can be made to now: those a module has an adapter for. */
	@Transactional(readOnly = true)
	public List<ReferralTarget.Kind> referralKinds() {
		return targets.stream().map(ReferralTarget::kind).distinct().toList();
	}

	public long addReferral(long bookingId, DeskViewer viewer, ReferralTarget.Kind kind, Long targetId) {
		var booking = access.booking(bookingId, viewer);
		if (booking.getStatus() == BookingStatus.CANCELLED) {
			throw new DeskRefused("targetId", "consultation.outcome.error.cancelled");
		}
		var target = targets.stream().filter(t -> t.kind() == kind).findFirst()
				.orElseThrow(() -> new DeskRefused("kind", "consultation.outcome.error.kind"));
		if (targetId == null) {
			throw new DeskRefused("targetId", "consultation.outcome.error.targetMissing");
		}
		String title = target.publicTitle(targetId)
				.orElseThrow(() -> new DeskRefused("targetId", "consultation.outcome.error.targetNotFound"));
		if (referrals.existsByBookingIdAndKindAndTargetId(bookingId, kind, targetId)) {
			throw new DeskRefused("targetId", "consultation.outcome.error.duplicate");
		}
		long id = referrals.saveAndFlush(new Referral(bookingId, kind, targetId, title)).getId();
		audit.record(AuditAction.CHANGE, "consultation_referral", id, kind + " " + targetId);
		return id;
	}

	public void removeReferral(long bookingId, DeskViewer viewer, long referralId) {
		access.booking(bookingId, viewer);
		var referral = referrals.findByIdAndBookingId(referralId, bookingId).orElseThrow(DeskNotFound::new);
		referrals.delete(referral);
		audit.record(AuditAction.CHANGE, "consultation_referral", referralId, "removed");
	}

	/** The meeting link of an online consultation, which the resident sees: https only. */
	public void setOnlineLink(long bookingId, DeskViewer viewer, String link) {
		var booking = access.booking(bookingId, viewer);
		if (booking.getChannel() != Channel.ONLINE) {
			throw new DeskRefused("onlineLink", "consultation.outcome.error.notOnline");
		}
		String value = link == null ? "" : link.strip();
		if (value.isEmpty()) {
			booking.addOnlineLink(null);
		}
		else {
			booking.addOnlineLink(checkedLink(value));
		}
		bookings.flush();
		audit.record(AuditAction.CHANGE, "consultation_booking", bookingId, "online link");
	}

	static String checkedLink(String value) {
		if (value.length() > 500) {
			throw new DeskRefused("onlineLink", "consultation.outcome.error.linkTooLong");
		}
		try {
			var uri = new URI(value);
			if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()
					|| uri.getUserInfo() != null) {
				throw new DeskRefused("onlineLink", "consultation.outcome.error.link");
			}
			return uri.toString();
		}
		catch (URISyntaxException e) {
			throw new DeskRefused("onlineLink", "consultation.outcome.error.link");
		}
	}

	/** A referral as the resident sees it: where to, never the notes. */
	public record ResidentReferral(ReferralTarget.Kind kind, long targetId, String title) {
	}

	/** The referrals of the resident's own booking (empty for anyone else's). Resident pages use this. */
	@Transactional(readOnly = true)
	public List<ResidentReferral> referralsForResident(long bookingId, long accountId) {
		return bookings.findByIdAndAccountId(bookingId, accountId)
				.map(b -> referrals.findByBookingIdOrderByIdAsc(b.getId()).stream()
						.map(r -> new ResidentReferral(r.getKind(), r.getTargetId(), r.getTitle())).toList())
				.orElse(List.of());
	}

	Optional<Outcome> outcomeOf(long bookingId) {
		return outcomes.findById(bookingId);
	}
}
