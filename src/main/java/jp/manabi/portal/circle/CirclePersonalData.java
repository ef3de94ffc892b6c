package jp.manabi.portal.circle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountDeletionGuard;
import jp.manabi.portal.account.PersonalData;
import jp.manabi.portal.account.PersonalData.Group;
import jp.manabi.portal.account.PersonalDataSource;

/**
 * The circle module's part of a resident's data download (circles they lead or belong to, their
 * join requests with the messages of those threads, their event sign-ups), and its say on
 * deleting an account: a circle's leader must hand over (or dissolve the circle) first.
 */
@Component
@Transactional(readOnly = true)
public class CirclePersonalData implements PersonalDataSource, AccountDeletionGuard {

	private final JdbcClient jdbc;

	CirclePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalData personalData(long accountId) {
		var memberships = jdbc.sql("""
				select c.name as circle, m.role, m.joined_at
				from circle_member m join circle c on c.id = m.circle_id
				where m.account_id = ? order by m.joined_at""").param(accountId).query(PersonalData::fromSql).list();
		var requests = jdbc.sql("""
				select r.id as join_request, c.name as circle, r.status, r.created_at, r.decided_at
				from circle_join_request r join circle c on c.id = r.circle_id
				where r.account_id = ? order by r.created_at desc""").param(accountId).query(PersonalData::fromSql)
				.list();
		var messages = jdbc.sql("""
				select m.request_id as join_request, (m.author_id = r.account_id) as written_by_me, m.body, m.created_at
				from circle_join_message m join circle_join_request r on r.id = m.request_id
				where r.account_id = ? order by m.request_id, m.created_at""").param(accountId)
				.query(PersonalData::fromSql).list();
		var signups = jdbc.sql("""
				select c.name as circle, a.title as event, a.activity_date, s.status, s.created_at, s.cancelled_at
				from circle_event_signup s join circle_activity a on a.id = s.activity_id
				join circle c on c.id = a.circle_id
				where s.account_id = ? order by a.activity_date desc""").param(accountId).query(PersonalData::fromSql)
				.list();
		var groups = new ArrayList<Group>();
		add(groups, "memberships", memberships);
		add(groups, "joinRequests", requests);
		add(groups, "joinMessages", messages);
		add(groups, "eventSignups", signups);
		return new PersonalData("circles", List.copyOf(groups));
	}

	private static void add(List<Group> groups, String name, List<java.util.Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			groups.add(new Group(name, rows));
		}
	}

	/** The leader of a circle that is not dissolved: nobody else could run it or be contacted. */
	@Override
	public Optional<Refusal> refusal(long accountId) {
		var led = jdbc.sql("""
				select c.name from circle_member m join circle c on c.id = m.circle_id
				where m.account_id = ? and m.role = 'LEADER' and c.status <> 'DISSOLVED' order by c.name""")
				.param(accountId).query(String.class).list();
		return led.isEmpty() ? Optional.empty() : Optional.of(new Refusal("privacy.delete.refused.leader", led));
	}
}
