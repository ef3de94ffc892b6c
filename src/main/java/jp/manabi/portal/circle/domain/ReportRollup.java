package jp.manabi.portal.circle.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.shared.time.FiscalYear;

/**
 * Activity reports counted for the staff: per plan node and fiscal year, by SQL aggregates over
 * the reports and the circles' plan scope. The scope holds each node once per circle (a circle
 * linked to two actions of one measure has the measure once), so nothing is counted twice.
 */
@Service
@Transactional(readOnly = true)
public class ReportRollup {

	private final JdbcClient jdbc;

	ReportRollup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The totals at one node. {@code activitiesHeld} counts the distinct days each circle
	 * reported activity (two reports of one circle's day are one activity held).
	 */
	public record NodeTotals(long reports, long activitiesHeld, long participants, long circles) {
		public static final NodeTotals NONE = new NodeTotals(0, 0, 0, 0);
	}

	/** One report in the year's list. */
	public record ReportLine(long id, long circleId, String circleName, LocalDate heldOn, int participants,
			String summary) {
	}

	/** The totals of the fiscal year by plan node id; nodes without reports are absent. */
	public Map<Long, NodeTotals> byNode(FiscalYear year) {
		var totals = new HashMap<Long, NodeTotals>();
		record Row(long node, NodeTotals totals) {
		}
		jdbc.sql("""
				select s.plan_node_id as node,
				       count(*) as reports,
				       count(distinct (r.circle_id, r.held_on)) as held,
				       coalesce(sum(r.participants), 0) as participants,
				       count(distinct r.circle_id) as circles
				from circle_activity_report r
				join circle_plan_scope s on s.circle_id = r.circle_id
				where r.held_on between :first and :last
				group by s.plan_node_id""").param("first", year.firstDay()).param("last", year.lastDay())
				.query((rs, n) -> new Row(rs.getLong("node"), new NodeTotals(rs.getLong("reports"),
						rs.getLong("held"), rs.getLong("participants"), rs.getLong("circles"))))
				.list().forEach(row -> totals.put(row.node(), row.totals()));
		return totals;
	}

	/** The whole year's totals, every report once whatever the plan links. */
	public NodeTotals ofYear(FiscalYear year) {
		return jdbc.sql("""
				select count(*) as reports, count(distinct (r.circle_id, r.held_on)) as held,
				       coalesce(sum(r.participants), 0) as participants, count(distinct r.circle_id) as circles
				from circle_activity_report r
				where r.held_on between :first and :last""").param("first", year.firstDay())
				.param("last", year.lastDay())
				.query((rs, n) -> new NodeTotals(rs.getLong("reports"), rs.getLong("held"), rs.getLong("participants"),
						rs.getLong("circles")))
				.single();
	}

	/** The year's reports, newest first, a page at a time. */
	public Page<ReportLine> reportsOf(FiscalYear year, Pageable pageable) {
		long total = jdbc.sql("select count(*) from circle_activity_report where held_on between :first and :last")
				.param("first", year.firstDay()).param("last", year.lastDay()).query(Long.class).single();
		List<ReportLine> lines = jdbc.sql("""
				select r.id, r.circle_id, c.name, r.held_on, r.participants, r.summary
				from circle_activity_report r join circle c on c.id = r.circle_id
				where r.held_on between :first and :last
				order by r.held_on desc, r.id desc
				limit :limit offset :offset""").param("first", year.firstDay()).param("last", year.lastDay())
				.param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
				.query((rs, n) -> new ReportLine(rs.getLong(1), rs.getLong(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getString(6)))
				.list();
		return new PageImpl<>(lines, pageable, total);
	}
}
