package jp.manabi.portal.consultation.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.support.TestAccounts;

/**
 * Counselors, hours and bookings for the desk's tests. Bookings in the past (to record them as
 * held) are written straight into the table: the booking service rightly books only free future slots.
 */
@Component
public class DeskTestData {

	private final TestAccounts accounts;
	private final CounselorRepository counselors;
	private final CounselorHoursRepository hours;
	private final JdbcClient jdbc;

	DeskTestData(TestAccounts accounts, CounselorRepository counselors, CounselorHoursRepository hours,
			JdbcClient jdbc) {
		this.accounts = accounts;
		this.counselors = counselors;
		this.hours = hours;
		this.jdbc = jdbc;
	}

	/** A counselor with the COUNSELOR account to sign in with. */
	public record DeskCounselor(long counselorId, long accountId, String email, String password, String name) {
	}

	public long topicId(String code) {
		return jdbc.sql("select id from consultation_topic where code = ?").param(code).query(Long.class).single();
	}

	public DeskCounselor counselor(String... topicCodes) {
		var account = accounts.create(EnumSet.of(Role.COUNSELOR));
		var topics = new java.util.LinkedHashSet<Long>();
		for (String code : topicCodes) {
			topics.add(topicId(code));
		}
		String name = "相談員 " + System.nanoTime();
		long id = counselors.save(new Counselor(account.id(), name, topics)).getId();
		return new DeskCounselor(id, account.id(), account.email(), account.password(), name);
	}

	public long weekly(long counselorId, DayOfWeek day, LocalTime from, LocalTime until, Channel channel) {
		return hours.save(new CounselorHours(counselorId, day, from, until, channel,
				channel == Channel.COUNTER ? "生涯学習センター" : null)).getId();
	}

	/** A booking written directly (any time, any status), for a resident or (accountId null) a caller. */
	public long booking(long counselorId, long topicId, Long accountId, Instant startsAt, int minutes, Channel channel,
			String status) {
		return jdbc.sql("""
				insert into consultation_booking (counselor_id, topic_id, account_id, caller_name, caller_phone, channel,
				    starts_at, ends_at, held_until, status, description, cancelled_at)
				values (:counselor, :topic, :account, :callerName, :callerPhone, :channel, :start, :end, :end, :status,
				    '試験の相談です。', case when :status = 'CANCELLED' then now() end)
				returning id""").param("counselor", counselorId).param("topic", topicId).param("account", accountId)
				.param("callerName", accountId == null ? "電話 花子" : null)
				.param("callerPhone", accountId == null ? "03-1234-5678" : null).param("channel", channel.name())
				.param("start", java.sql.Timestamp.from(startsAt))
				.param("end", java.sql.Timestamp.from(startsAt.plusSeconds(60L * minutes))).param("status", status)
				.query(Long.class).single();
	}

	/** As if the consultation's day had come: the booking now started an hour ago. */
	public void startedAnHourAgo(long bookingId) {
		jdbc.sql("""
				update consultation_booking set starts_at = now() - interval '1 hour', ends_at = now() - interval '30 minutes',
				    held_until = now() - interval '20 minutes' where id = ?""").param(bookingId).update();
	}

	public String status(long bookingId) {
		return jdbc.sql("select status from consultation_booking where id = ?").param(bookingId).query(String.class)
				.single();
	}

	public long auditCount(String action, String subjectType, Object subjectId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and subject_type = ? and subject_id = ?")
				.params(action, subjectType, String.valueOf(subjectId)).query(Long.class).single();
	}

	public long hoursCount(long counselorId) {
		return jdbc.sql("select count(*) from counselor_hours where counselor_id = ?").param(counselorId)
				.query(Long.class).single();
	}

	/**
	 * A day a week or two ahead on that weekday, inside every topic's booking window and not a
	 * public holiday (other tests load the holidays, and a holiday has no weekly hours).
	 */
	public static LocalDate next(DayOfWeek day) {
		var date = LocalDate.now(FreeSlots.ZONE).plusDays(8);
		while (date.getDayOfWeek() != day || BUNDLED_HOLIDAYS.contains(date)) {
			date = date.plusDays(1);
		}
		return date;
	}

	private static final Set<LocalDate> BUNDLED_HOLIDAYS = bundledHolidays();

	private static Set<LocalDate> bundledHolidays() {
		try (var in = DeskTestData.class.getClassLoader().getResourceAsStream(PublicHolidayLoader.BUNDLED)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
					.filter(line -> line.matches("\\d{4}-\\d{2}-\\d{2},.*"))
					.map(line -> LocalDate.parse(line.substring(0, 10))).collect(java.util.stream.Collectors.toSet());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	public Set<Long> topics(String... codes) {
		var ids = new java.util.LinkedHashSet<Long>();
		for (String code : codes) {
			ids.add(topicId(code));
		}
		return ids;
	}
}
