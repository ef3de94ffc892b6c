package jp.manabi.portal.consultation.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.consultation.BookingStatus;
import jp.manabi.portal.consultation.Channel;

/** The desk's day and week: the bookings of one counselor (their own view) or of all (staff), by time. */
@Service
@Transactional
public class DeskSchedule {

	private final EntityManager entityManager;
	private final DeskAccess access;
	private final TopicRepository topics;
	private final CounselorRepository counselors;
	private final Accounts accounts;
	private final AuditLog audit;

	DeskSchedule(EntityManager entityManager, DeskAccess access, TopicRepository topics,
			CounselorRepository counselors, Accounts accounts, AuditLog audit) {
		this.entityManager = entityManager;
		this.access = access;
		this.topics = topics;
		this.counselors = counselors;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** One booking in the list. {@code who} is the resident's name or the caller's; the phone only for callers. */
	public record Line(long id, LocalDate day, LocalTime start, LocalTime end, String topicJa, String topicEn,
			String counselorName, Channel channel, String venue, String onlineLink, String who, String callerPhone,
			String description, BookingStatus status) {

		public String topic(Locale locale) {
			return jp.manabi.portal.shared.Languages.isEnglish(locale) ? topicEn : topicJa;
		}
	}

	/** What to list: the days, and for staff optionally one counselor or topic. */
	public record Filter(LocalDate from, LocalDate to, Long counselorId, Long topicId) {
	}

	/** The counselor's own bookings in the days (cancelled ones left out). */
	public List<Line> mine(long accountId, LocalDate from, LocalDate to) {
		long counselorId = access.ownCounselorId(accountId);
		return list(new Filter(from, to, counselorId, null), "own");
	}

	/** Staff: everyone's bookings in the days, filtered. */
	public List<Line> all(Filter filter) {
		return list(filter, "all");
	}

	private List<Line> list(Filter filter, String scope) {
		var query = new StringBuilder("""
				select b from Booking b where b.startsAt >= :from and b.startsAt < :until
				and b.status <> jp.manabi.portal.consultation.BookingStatus.CANCELLED""");
		if (filter.counselorId() != null) {
			query.append(" and b.counselorId = :counselor");
		}
		if (filter.topicId() != null) {
			query.append(" and b.topicId = :topic");
		}
		query.append(" order by b.startsAt, b.counselorId");
		var typed = entityManager.createQuery(query.toString(), Booking.class)
				.setParameter("from", filter.from().atStartOfDay(FreeSlots.ZONE).toInstant())
				.setParameter("until", filter.to().plusDays(1).atStartOfDay(FreeSlots.ZONE).toInstant())
				.setMaxResults(2_000);
		if (filter.counselorId() != null) {
			typed.setParameter("counselor", filter.counselorId());
		}
		if (filter.topicId() != null) {
			typed.setParameter("topic", filter.topicId());
		}
		var found = typed.getResultList();
		var topicById = new HashMap<Long, Topic>();
		topics.findAll().forEach(t -> topicById.put(t.getId(), t));
		var counselorById = new HashMap<Long, String>();
		counselors.findAll().forEach(c -> counselorById.put(c.getId(), c.getDisplayName()));
		var people = accounts.findAll(found.stream().map(Booking::getAccountId).filter(id -> id != null).toList());
		var lines = new ArrayList<Line>();
		for (var b : found) {
			var topic = topicById.get(b.getTopicId());
			AccountSummary person = b.getAccountId() == null ? null : people.get(b.getAccountId());
			String who = b.getAccountId() == null ? b.getCallerName() : person == null ? "" : person.displayName();
			var start = b.getStartsAt().atZone(FreeSlots.ZONE);
			lines.add(new Line(b.getId(), start.toLocalDate(), start.toLocalTime(),
					b.getEndsAt().atZone(FreeSlots.ZONE).toLocalTime(), topic == null ? "" : topic.getNameJa(),
					topic == null ? "" : topic.getNameEn(), counselorById.getOrDefault(b.getCounselorId(), ""),
					b.getChannel(), b.getVenue(), b.getOnlineLink(), who, b.getCallerPhone(), b.getDescription(),
					b.getStatus()));
		}
		// Names of residents are personal data: who looked at which days is on record.
		audit.record(AuditAction.VIEW, "consultation_schedule", filter.counselorId(),
				scope + " " + filter.from() + ".." + filter.to());
		return lines;
	}
}
