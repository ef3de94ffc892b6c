package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.sql.Timestamp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import jp.manabi.portal.account.AccountEvents;

/**
 * An account was deleted: its applications to courses still to come are cancelled through the
 * usual path (a freed place goes to the next on the waiting list), and what the person wrote is
 * erased. Status, attendance and satisfaction scores stay, without a name, for the plan's figures.
 * Each cancellation is its own transaction (NOT_SUPPORTED here), so one refused cancellation
 * (past the deadline) leaves the others and the erasure alone.
 */
@Component
class CourseAccountDeletedListener {

	static final String ERASED = "（退会により削除）";

	private static final Logger log = LoggerFactory.getLogger(CourseAccountDeletedListener.class);

	private final CourseApplicationService applications;
	private final JdbcClient jdbc;
	private final Clock clock;

	CourseAccountDeletedListener(CourseApplicationService applications, JdbcClient jdbc, Clock clock) {
		this.applications = applications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AccountEvents.Deleted deleted) {
		long accountId = deleted.accountId();
		var upcoming = jdbc.sql("""
				select a.id from course_application a join course c on c.id = a.course_id
				where a.account_id = ? and a.status <> 'CANCELLED'
				  and (c.first_session_starts_at is null or c.first_session_starts_at > ?)""")
				.params(accountId, Timestamp.from(clock.instant())).query(Long.class).list();
		for (long applicationId : upcoming) {
			try {
				applications.cancelByResident(applicationId, accountId);
			}
			catch (ApplicationRefused refused) {
				log.info("Application {} of a deleted account kept: {}", applicationId, refused.getMessage());
			}
		}
		jdbc.sql("""
				update course_application set needs = null, note = null,
				    cancel_reason = case when cancel_reason is null then null else ? end
				where account_id = ?""").params(ERASED, accountId).update();
		jdbc.sql("""
				update course_application_answer x set answer = ?
				from course_question q, course_application a
				where q.id = x.question_id and q.kind = 'TEXT' and a.id = x.application_id and a.account_id = ?""")
				.params(ERASED, accountId).update();
		jdbc.sql("""
				update course_survey_response s set
				    good_points = case when good_points is null then null else ? end,
				    improvements = case when improvements is null then null else ? end,
				    wanted_next = case when wanted_next is null then null else ? end
				from course_application a where a.id = s.application_id and a.account_id = ?""")
				.params(ERASED, ERASED, ERASED, accountId).update();
		jdbc.sql("""
				update course_proposal set outline = ?, proposed_instructor = ?, audience = ?, preferred_times = ?
				where proposer_id = ?""").params(ERASED, ERASED, ERASED, ERASED, accountId).update();
	}
}
