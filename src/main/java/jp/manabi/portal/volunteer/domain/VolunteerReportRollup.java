package jp.manabi.portal.volunteer.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.shared.time.FiscalYear;

/**
 * Volunteering counted for the staff, per plan node and fiscal year (by the shift's date), by
 * SQL aggregates over shifts, assignments and the requests' plan scope. The scope holds each node
 * once per request (a request linked to two actions of one measure has the measure once), so
 * nothing is counted twice. Drafts and cancelled requests do not count.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerReportRollup {

	private final JdbcClient jdbc;

	VolunteerReportRollup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param requests requests with a shift in the year
	 * @param shifts their shifts in the year
	 * @param volunteers distinct volunteers approved or completed on those shifts
	 * @param hours hours logged (completed) on those shifts
	 */
	public record Totals(long requests, long shifts, long volunteers, BigDecimal hours) {
		public static final Totals NONE = new Totals(0, 0, 0, BigDecimal.ZERO);
	}

	private static final String MEASURES = """
			count(distinct r.id) as requests,
			count(distinct sh.id) as shifts,
			count(distinct a.profile_id) filter (where a.status in ('APPROVED', 'COMPLETED')) as volunteers,
			coalesce(sum(a.hours) filter (where a.status = 'COMPLETED'), 0) as hours
			""";

	private static final String FROM = """
			from volunteer_request r
			join volunteer_shift sh on sh.request_id = r.id and sh.shift_date between :first and :last
			left join volunteer_assignment a on a.shift_id = sh.id
			""";

	private static final String COUNTED = " where r.status not in ('DRAFT', 'CANCELLED') ";

	/** The year's totals by plan node id; nodes with nothing are absent. */
	public Map<Long, Totals> byNode(FiscalYear year) {
		var totals = new HashMap<Long, Totals>();
		record Row(long node, Totals totals) {
		}
		jdbc.sql("select s.plan_node_id as node, " + MEASURES + FROM
				+ " join volunteer_request_plan_scope s on s.request_id = r.id " + COUNTED
				+ " group by s.plan_node_id")
				.param("first", year.firstDay()).param("last", year.lastDay())
				.query((rs, n) -> new Row(rs.getLong("node"), new Totals(rs.getLong("requests"), rs.getLong("shifts"),
						rs.getLong("volunteers"), rs.getBigDecimal("hours"))))
				.list().forEach(row -> totals.put(row.node(), row.totals()));
		return totals;
	}

	/** The whole year, every request once whatever its plan links. */
	public Totals ofYear(FiscalYear year) {
		return jdbc.sql("select " + MEASURES + FROM + COUNTED).param("first", year.firstDay())
				.param("last", year.lastDay())
				.query((rs, n) -> new Totals(rs.getLong("requests"), rs.getLong("shifts"), rs.getLong("volunteers"),
						rs.getBigDecimal("hours")))
				.single();
	}
}
