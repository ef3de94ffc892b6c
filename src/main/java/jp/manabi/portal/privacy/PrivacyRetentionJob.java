package jp.manabi.portal.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.audit.AuditProperties;

/**
 * Applies the retention periods (portal.privacy.retention.*, portal.audit.retention) once a day, on
 * one node at a time. What it erases keeps its row, so counts and statistics stay:
 * <ul>
 * <li>applications taken at the counter for people without an account, once the course's last
 * session is older than {@code counter-applications}: name, furigana, phone, email, needs, note and
 * free-text answers;</li>
 * <li>counselors' notes, and the name and phone of callers without an account, once the
 * consultation is older than {@code consultation-notes};</li>
 * <li>audit entries older than {@code portal.audit.retention}: deleted (the only deletion of
 * audit entries there is).</li>
 * </ul>
 * The job writes to the course and consultation tables directly (plain SQL, no Java dependency on
 * those modules), because erasing is the same few columns whichever module owns them.
 */
@Component
public class PrivacyRetentionJob {

	static final String ERASED = "（保有期間経過により削除）";

	private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private static final Logger log = LoggerFactory.getLogger(PrivacyRetentionJob.class);

	/** What one run erased: rows touched per rule. */
	public record Result(int counterApplications, int consultationNotes, int callers, int auditEntries) {
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final PrivacyProperties properties;
	private final AuditProperties auditProperties;
	private final Clock clock;

	PrivacyRetentionJob(JdbcClient jdbc, AuditLog audit, PrivacyProperties properties,
			AuditProperties auditProperties, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.properties = properties;
		this.auditProperties = auditProperties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.privacy.retention.check-every:1d}", initialDelayString = "PT10M")
	@SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT30M")
	public void run() {
		var result = applyOn(LocalDate.now(clock.withZone(ZONE)));
		log.info("Retention applied: {}", result);
	}

	/** Applies every rule as of {@code today} (Japan's date); tests pass the day they need. */
	@Transactional
	public Result applyOn(LocalDate today) {
		var retention = properties.retention();
		var applicationsBefore = today.minus(retention.counterApplications());
		jdbc.sql("""
				update course_application_answer x set answer = ?
				from course_question q, course_application a
				where q.id = x.question_id and q.kind = 'TEXT' and a.id = x.application_id
				  and a.account_id is null and a.personal_data_erased_at is null
				  and a.course_id in (select s.course_id from course_session s group by s.course_id
				                      having max(s.session_date) < ?)""")
				.params(ERASED, Date.valueOf(applicationsBefore)).update();
		int applications = jdbc.sql("""
				update course_application set applicant_name = null, applicant_furigana = null, applicant_phone = null,
				    applicant_email = null, needs = null, note = null, personal_data_erased_at = ?
				where account_id is null and personal_data_erased_at is null
				  and course_id in (select s.course_id from course_session s group by s.course_id
				                    having max(s.session_date) < ?)""")
				.params(Timestamp.from(clock.instant()), Date.valueOf(applicationsBefore)).update();

		var notesBefore = Timestamp.from(today.minus(retention.consultationNotes()).atStartOfDay(ZONE).toInstant());
		int notes = jdbc.sql("""
				update consultation_outcome o set notes = ?, updated_at = now()
				from consultation_booking b
				where b.id = o.booking_id and b.starts_at < ? and o.notes <> '' and o.notes <> ?""")
				.params(ERASED, notesBefore, ERASED).update();
		int callers = jdbc.sql("""
				update consultation_booking set caller_name = null, caller_phone = null, contact_phone = null,
				    personal_data_erased_at = ?
				where account_id is null and personal_data_erased_at is null and starts_at < ?""")
				.params(Timestamp.from(clock.instant()), notesBefore).update();

		var auditBefore = today.minus(auditProperties.retention()).atStartOfDay(ZONE).toInstant();
		int auditEntries = audit.deleteOlderThan(auditBefore);
		return new Result(applications, notes, callers, auditEntries);
	}
}
