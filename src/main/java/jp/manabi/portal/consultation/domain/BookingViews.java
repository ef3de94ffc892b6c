package jp.manabi.portal.consultation.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.consultation.BookingStatus;
import jp.manabi.portal.consultation.Channel;

/**
 * A resident's own bookings as マイページ shows them: always looked up by id and account
 * together, so nobody reaches another's booking. Referrals are read (kind, target, title); the
 * counselor's notes (consultation_outcome) never are.
 */
@Service
@Transactional(readOnly = true)
public class BookingViews {

	private final EntityManager entityManager;
	private final TopicRepository topics;
	private final CounselorRepository counselors;
	private final JdbcClient jdbc;
	private final Clock clock;

	BookingViews(EntityManager entityManager, TopicRepository topics, CounselorRepository counselors, JdbcClient jdbc,
			Clock clock) {
		this.entityManager = entityManager;
		this.topics = topics;
		this.counselors = counselors;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Where the resident was referred; {@code path} is the target's public page. */
	public record Referral(String kind, long targetId, String title) {

		public String path() {
			return switch (kind) {
				case "COURSE" -> "/courses/" + targetId;
				case "CIRCLE" -> "/circles/" + targetId;
				default -> "/volunteers/requests/" + targetId;
			};
		}
	}

	/** One booking of the resident, with what the pages need to say and offer. */
	public record MyBooking(long id, long topicId, String topicCode, String topicJa, String topicEn,
			String counselorName, Channel channel, String venue, String onlineLink, Instant startsAt, Instant endsAt,
			BookingStatus status, String description, String contactPhone, Instant changeableUntil, boolean upcoming,
			boolean changeable, List<Referral> referrals) {

		public String topic(Locale locale) {
			return jp.manabi.portal.shared.Languages.isEnglish(locale) ? topicEn : topicJa;
		}

		public java.time.LocalDateTime localStart() {
			return java.time.LocalDateTime.ofInstant(startsAt, FreeSlots.ZONE);
		}

		public java.time.LocalDateTime localEnd() {
			return java.time.LocalDateTime.ofInstant(endsAt, FreeSlots.ZONE);
		}

		public java.time.LocalDateTime localChangeableUntil() {
			return java.time.LocalDateTime.ofInstant(changeableUntil, FreeSlots.ZONE);
		}
	}

	/** All the resident's bookings, soonest first for the upcoming, latest first for the rest. */
	public List<MyBooking> mine(long accountId) {
		var found = entityManager.createQuery("select b from Booking b where b.accountId = :account", Booking.class)
				.setParameter("account", accountId).getResultList();
		Instant now = clock.instant();
		return found.stream().map(b -> view(b, now, true))
				.sorted(Comparator.comparing(MyBooking::startsAt)).toList();
	}

	/** The resident's own booking, with its referrals; empty when it is not theirs. */
	public Optional<MyBooking> mine(long bookingId, long accountId) {
		var found = entityManager.createQuery("select b from Booking b where b.id = :id and b.accountId = :account",
				Booking.class).setParameter("id", bookingId).setParameter("account", accountId).getResultList();
		return found.stream().findFirst().map(b -> view(b, clock.instant(), true));
	}

	private MyBooking view(Booking b, Instant now, boolean withReferrals) {
		var topic = topics.findById(b.getTopicId()).orElseThrow();
		var rules = topic.rules();
		String counselor = counselors.findById(b.getCounselorId()).map(Counselor::getDisplayName).orElse("");
		boolean upcoming = b.getStatus() == BookingStatus.BOOKED && b.getStartsAt().isAfter(now);
		Instant until = b.getStartsAt().minus(Duration.ofHours(rules.cancelUntilHours()));
		List<Referral> referrals = withReferrals ? referrals(b.getId()) : List.of();
		return new MyBooking(b.getId(), topic.getId(), topic.getCode(), topic.getNameJa(), topic.getNameEn(), counselor,
				b.getChannel(), b.getVenue(), b.getOnlineLink(), b.getStartsAt(), b.getEndsAt(), b.getStatus(),
				b.getDescription(), b.getContactPhone(), until, upcoming,
				upcoming && rules.cancellable(b.getStartsAt(), now), referrals);
	}

	private List<Referral> referrals(long bookingId) {
		return jdbc.sql("select kind, target_id, title from consultation_referral where booking_id = ? order by id")
				.param(bookingId).query((rs, row) -> new Referral(rs.getString(1), rs.getLong(2), rs.getString(3)))
				.list();
	}
}
