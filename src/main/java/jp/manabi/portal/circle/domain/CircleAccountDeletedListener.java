package jp.manabi.portal.circle.domain;

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
 * An account was deleted (never a circle's leader: the account module asked first): open join
 * requests are withdrawn and upcoming event places given up through the usual services, the
 * memberships end, and the messages the person wrote are erased. The circles' member counts and
 * activity reports stay. Each step is its own transaction (NOT_SUPPORTED).
 */
@Component
class CircleAccountDeletedListener {

	static final String ERASED = "（退会により削除）";

	private static final Logger log = LoggerFactory.getLogger(CircleAccountDeletedListener.class);

	private final JoinRequestService joins;
	private final EventSignupService signups;
	private final JdbcClient jdbc;
	private final Clock clock;

	CircleAccountDeletedListener(JoinRequestService joins, EventSignupService signups, JdbcClient jdbc, Clock clock) {
		this.joins = joins;
		this.signups = signups;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AccountEvents.Deleted deleted) {
		long accountId = deleted.accountId();
		for (long requestId : jdbc.sql("select id from circle_join_request where account_id = ? and status = 'PENDING'")
				.param(accountId).query(Long.class).list()) {
			try {
				joins.withdraw(requestId, accountId);
			}
			catch (RuntimeException refused) {
				log.info("Join request {} of a deleted account left as it was: {}", requestId, refused.getMessage());
			}
		}
		var today = LocalDate.now(clock);
		for (long signupId : jdbc.sql("""
				select s.id from circle_event_signup s join circle_activity a on a.id = s.activity_id
				where s.account_id = ? and s.status = 'CONFIRMED' and a.activity_date >= ?""")
				.params(accountId, Date.valueOf(today)).query(Long.class).list()) {
			try {
				signups.cancel(signupId, accountId);
			}
			catch (EventSignupRefused refused) {
				log.info("Event place {} of a deleted account kept: {}", signupId, refused.getMessage());
			}
		}
		jdbc.sql("delete from circle_member where account_id = ? and role <> 'LEADER'").param(accountId).update();
		jdbc.sql("update circle_join_message set body = ? where author_id = ?").params(ERASED, accountId).update();
	}
}
