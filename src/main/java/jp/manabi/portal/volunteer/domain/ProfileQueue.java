package jp.manabi.portal.volunteer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Accounts;

/** Staff's list of volunteers: the review queue (APPLIED, oldest first) and all, filtered and paged. */
@Service
@Transactional(readOnly = true)
public class ProfileQueue {

	public static final int PAGE_SIZE = 30;
	public static final int MAX_QUEUE = 100;

	private final JdbcClient jdbc;
	private final Accounts accounts;

	ProfileQueue(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** Any of these may be null (no filter); {@code skillId} may name a group (any skill under it). */
	public record Filter(ProfileStatus status, Long skillId, String areaCode, Boolean canTeach) {
	}

	public record Row(long profileId, String name, ProfileStatus status, boolean canTeach, int skillCount,
			Instant createdAt) {
	}

	public record Page(List<Row> rows, int page, long total) {

		public int pages() {
			return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < pages();
		}
	}

	/** Registrations waiting for staff, oldest first. */
	public List<Row> waiting() {
		var ids = jdbc.sql("select id from volunteer_profile where status = 'APPLIED' order by created_at, id limit "
				+ MAX_QUEUE).query(Long.class).list();
		return rows(ids);
	}

	public long waitingCount() {
		return jdbc.sql("select count(*) from volunteer_profile where status = 'APPLIED'").query(Long.class).single();
	}

	/** All volunteers matching the filter, those waiting for review first. */
	public Page search(Filter filter, int page) {
		var where = new StringBuilder(" from volunteer_profile p where true");
		var params = new HashMap<String, Object>();
		if (filter.status() != null) {
			where.append(" and p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.canTeach() != null) {
			where.append(" and p.can_teach = :canTeach");
			params.put("canTeach", filter.canTeach());
		}
		if (filter.skillId() != null) {
			where.append(" and exists (select 1 from volunteer_profile_skill ps join volunteer_skill s on s.id = ps.skill_id"
					+ " where ps.profile_id = p.id and (s.id = :skill or s.parent_id = :skill))");
			params.put("skill", filter.skillId());
		}
		if (filter.areaCode() != null) {
			where.append(" and exists (select 1 from volunteer_area a where a.profile_id = p.id and a.area_code = :area)");
			params.put("area", filter.areaCode());
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		int shown = Math.max(0, Math.min(page, (int) ((total - 1) / PAGE_SIZE)));
		var ids = jdbc.sql("select p.id" + where
				+ " order by case p.status when 'APPLIED' then 0 when 'RETURNED' then 1 when 'REGISTERED' then 2 else 3 end,"
				+ " p.created_at desc, p.id desc limit " + PAGE_SIZE + " offset " + (long) shown * PAGE_SIZE)
				.params(params).query(Long.class).list();
		return new Page(rows(ids), shown, total);
	}

	private List<Row> rows(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var byId = new HashMap<Long, Row>();
		var accountIds = new HashMap<Long, Long>();
		jdbc.sql("""
				select p.id, p.account_id, p.status, p.can_teach, p.created_at,
				       (select count(*) from volunteer_profile_skill ps where ps.profile_id = p.id) as skills
				from volunteer_profile p where p.id in (:ids)""").param("ids", ids).query((rs, n) -> {
			accountIds.put(rs.getLong("id"), rs.getLong("account_id"));
			return new Row(rs.getLong("id"), null, ProfileStatus.valueOf(rs.getString("status")),
					rs.getBoolean("can_teach"), rs.getInt("skills"), rs.getTimestamp("created_at").toInstant());
		}).list().forEach(r -> byId.put(r.profileId(), r));
		var names = accounts.findAll(accountIds.values());
		var result = new ArrayList<Row>();
		for (long id : ids) {
			var row = byId.get(id);
			var person = names.get(accountIds.get(id));
			result.add(new Row(id, person == null ? null : person.displayName(), row.status(), row.canTeach(),
					row.skillCount(), row.createdAt()));
		}
		return result;
	}
}
