package jp.manabi.portal.volunteer.domain;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import jp.manabi.portal.account.AccountEvents;

/**
 * An account was deleted: upcoming places are withdrawn through the usual service (coordinators
 * hear of it), and the profile leaves matching for good (WITHDRAWN, its texts and choices cleared).
 * Completed work and its hours stay, without a name, for the plan's figures.
 */
@Component
class VolunteerAccountDeletedListener {

	private static final Logger log = LoggerFactory.getLogger(VolunteerAccountDeletedListener.class);

	private final ParticipationService participation;
	private final JdbcClient jdbc;
	private final Clock clock;

	VolunteerAccountDeletedListener(ParticipationService participation, JdbcClient jdbc, Clock clock) {
		this.participation = participation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AccountEvents.Deleted deleted) {
		long accountId = deleted.accountId();
		for (long assignmentId : jdbc.sql("""
				select w.id from volunteer_assignment w join volunteer_profile p on p.id = w.profile_id
				join volunteer_shift sh on sh.id = w.shift_id
				where p.account_id = ? and w.status in ('APPLIED', 'APPROVED') and sh.shift_date >= ?""")
				.params(accountId, Date.valueOf(LocalDate.now(clock))).query(Long.class).list()) {
			try {
				participation.withdraw(assignmentId, accountId);
			}
			catch (ParticipationRefused | AssignmentNotFound refused) {
				log.info("Volunteer place {} of a deleted account kept: {}", assignmentId, refused.getMessage());
			}
		}
		jdbc.sql("""
				update volunteer_profile set status = 'WITHDRAWN', expertise = '', experience = '', can_teach = false,
				    public_name = false, public_skills = false, public_expertise = false, public_experience = false,
				    public_areas = false, availability_grid = 0, version = version + 1, updated_at = now()
				where account_id = ?""").param(accountId).update();
		jdbc.sql("""
				delete from volunteer_availability where profile_id in (select id from volunteer_profile where account_id = ?)""")
				.param(accountId).update();
		jdbc.sql("""
				delete from volunteer_unavailable_date where profile_id in (select id from volunteer_profile where account_id = ?)""")
				.param(accountId).update();
	}
}
