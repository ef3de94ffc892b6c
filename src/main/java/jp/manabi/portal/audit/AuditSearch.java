package jp.manabi.portal.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Accounts;

/** Searches the audit log for the administrators' page (/admin/audit) and its CSV file. */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

	/** Days are Japan's days, whatever the server's zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	/** The most rows one CSV file holds; a narrower search gets the rest. */
	public static final int EXPORT_LIMIT = 50_000;

	public record Page(List<AuditEntry> entries, int page, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

		public boolean hasNext() {
			return page + 1 < pages();
		}

		public boolean hasPrevious() {
			return page > 0;
		}
	}

	private final JdbcClient jdbc;
	private final Accounts accounts;

	AuditSearch(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public Page search(AuditQuery query, int page, int size) {
		var where = new StringBuilder(" where true");
		var params = new ArrayList<Object>();
		if (!filter(query, where, params)) {
			return new Page(List.of(), 0, size, 0);
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		int safePage = Math.max(0, Math.min(page, (int) ((total - 1) / size)));
		var pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) safePage * size);
		var entries = jdbc.sql(SELECT + where + " order by at desc, id desc limit ? offset ?").params(pageParams)
				.query(AuditSearch::entry).list();
		return new Page(entries, safePage, size, total);
	}

	/** Everything the search finds, newest first, up to {@link #EXPORT_LIMIT}. */
	public List<AuditEntry> all(AuditQuery query) {
		var where = new StringBuilder(" where true");
		var params = new ArrayList<Object>();
		if (!filter(query, where, params)) {
			return List.of();
		}
		params.add(EXPORT_LIMIT);
		return jdbc.sql(SELECT + where + " order by at desc, id desc limit ?").params(params).query(AuditSearch::entry)
				.list();
	}

	private static final String SELECT = """
			select id, at, actor_account_id, actor_name, remote_address, action, subject_type, subject_id, detail
			from audit_entry""";

	/** @return false when the search cannot find anything (an actor address nobody has) */
	private boolean filter(AuditQuery query, StringBuilder where, List<Object> params) {
		if (blank(query.actorEmail()) == null) {
			// no actor filter
		}
		else {
			var actor = accounts.findByEmail(query.actorEmail().strip());
			if (actor.isEmpty()) {
				return false;
			}
			where.append(" and actor_account_id = ?");
			params.add(actor.get().id());
		}
		if (blank(query.subjectType()) != null) {
			where.append(" and subject_type = ?");
			params.add(query.subjectType().strip());
		}
		if (blank(query.subjectId()) != null) {
			where.append(" and subject_id = ?");
			params.add(query.subjectId().strip());
		}
		if (query.action() != null) {
			where.append(" and action = ?");
			params.add(query.action().name());
		}
		if (query.from() != null) {
			where.append(" and at >= ?");
			params.add(Timestamp.from(query.from().atStartOfDay(ZONE).toInstant()));
		}
		if (query.to() != null) {
			where.append(" and at < ?");
			params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
		}
		return true;
	}

	/** The subject types in the log, for the search form's choice. */
	public List<String> subjectTypes() {
		return jdbc.sql("select distinct subject_type from audit_entry order by subject_type").query(String.class)
				.list();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long actor = rs.getLong("actor_account_id");
		Long actorId = rs.wasNull() ? null : actor;
		Instant at = rs.getTimestamp("at").toInstant();
		return new AuditEntry(rs.getLong("id"), at, actorId, rs.getString("actor_name"), rs.getString("remote_address"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getString("detail"));
	}
}
