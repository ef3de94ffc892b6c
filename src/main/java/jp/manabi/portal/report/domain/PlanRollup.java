package jp.manabi.portal.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.report.Figure;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * The roll-up engine: every {@link Figure} for every node of a plan and one fiscal year, computed
 * now by set-based SQL (five queries, one per kind of record), never by loading entities.
 *
 * <p>Each query joins its records to their module's {@code *_plan_scope} table, which holds every
 * node a record counts toward (its linked nodes and all their ancestors) once per record. Grouping
 * by {@code plan_node_id} therefore counts a course linked to two actions of one measure once at
 * the measure and at every node above. The whole plan's row (node 0) is the same records taken
 * once each ({@code select distinct}) over all the plan's nodes: the union of the goals, not their
 * sum. See {@link Figure} for what each figure counts.
 */
@Service
@Transactional(readOnly = true)
public class PlanRollup {

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final JdbcClient jdbc;
	private final PlanShapes shapes;
	private final java.time.Clock clock;

	PlanRollup(JdbcClient jdbc, PlanShapes shapes, java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.shapes = shapes;
	}

	/** The figures of every (non-archived) node of the plan and of the whole plan, computed now. */
	public FigureTable compute(String planCode, FiscalYear year) {
		PlanShape shape = shapes.any(planCode).orElseThrow(() -> new ReportNotFoundException("plan"));
		return table(shape, year, values(planCode, year), null);
	}

	/** Builds the table of a shape from values by node id (nodes absent from the map get empty figures). */
	static FigureTable table(PlanShape shape, FiscalYear year, Map<Long, Map<Figure, BigDecimal>> values,
			java.time.Instant takenAt) {
		var rows = new ArrayList<FigureTable.Row>();
		rows.add(new FigureTable.Row(FigureTable.WHOLE_PLAN, null, 0, shape.code(), shape.title(),
				FigureTable.unmodifiable(values.getOrDefault(FigureTable.WHOLE_PLAN, FigureTable.empty()))));
		for (PlanShape.Node node : shape.nodes()) {
			rows.add(new FigureTable.Row(node.id(), node.parentId(), node.level(), node.code(), node.title(),
					FigureTable.unmodifiable(values.getOrDefault(node.id(), FigureTable.empty()))));
		}
		return new FigureTable(shape.code(), year, List.copyOf(rows), takenAt);
	}

	/** Values by node id (0 = the whole plan), for every node any record counts toward. */
	Map<Long, Map<Figure, BigDecimal>> values(String planCode, FiscalYear year) {
		Map<Long, Map<Figure, BigDecimal>> values = new HashMap<>();
		var window = Window.of(year, clock.instant());
		// The same statements run again and again on pooled connections; after five runs PostgreSQL
		// may switch to a generic plan, which for the course query was four times slower (see
		// docs/benchmarks.md, "Plan dashboard"). The year's dates decide the plan: always plan anew.
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		courses(planCode, window, values);
		circles(planCode, window, values);
		volunteering(planCode, window, values);
		consultations(planCode, window, values);
		proposals(planCode, window, values);
		return values;
	}

	/**
	 * The year as dates (inclusive) and as instants (from inclusive, until exclusive), Japan time.
	 * The current year ends now: a course whose last session is still to come has not been held.
	 */
	record Window(java.time.LocalDate first, java.time.LocalDate last, OffsetDateTime from, OffsetDateTime until) {
		static Window of(FiscalYear year, java.time.Instant now) {
			OffsetDateTime end = year.lastDay().plusDays(1).atStartOfDay(JAPAN).toOffsetDateTime();
			OffsetDateTime current = now.atZone(JAPAN).toOffsetDateTime();
			if (current.isBefore(end)) {
				java.time.LocalDate today = current.toLocalDate();
				return new Window(year.firstDay(), today.isBefore(year.firstDay()) ? year.firstDay() : today,
						year.firstDay().atStartOfDay(JAPAN).toOffsetDateTime(), current);
			}
			return new Window(year.firstDay(), year.lastDay(), year.firstDay().atStartOfDay(JAPAN).toOffsetDateTime(), end);
		}
	}

	private static final String PLAN_NODES = """
			plan_nodes as (
			    select n.id from plan_node n join plan p on p.id = n.plan_id where p.code = :plan
			)""";

	/**
	 * Which node each record counts toward: its scope rows within the plan, plus node 0 once per
	 * record that counts toward any node of the plan.
	 */
	private static String member(String scopeTable, String recordColumn, String counted) {
		return """
				member as (
				    select s.plan_node_id as node, s.%2$s as record_id
				    from %1$s s join plan_nodes pn on pn.id = s.plan_node_id join %3$s k on k.id = s.%2$s
				    union all
				    select distinct 0::bigint, s.%2$s
				    from %1$s s join plan_nodes pn on pn.id = s.plan_node_id join %3$s k on k.id = s.%2$s
				)""".formatted(scopeTable, recordColumn, counted);
	}

	private void courses(String planCode, Window window, Map<Long, Map<Figure, BigDecimal>> values) {
		String sql = "with " + PLAN_NODES + """
				,
				counted as (
				    select c.id from course c
				    where c.status in ('HELD', 'PUBLISHED')
				      and c.last_session_ends_at >= :from and c.last_session_ends_at < :until
				),
				""" + member("course_plan_scope", "course_id", "counted") + """
				,
				sessions as (
				    select cs.course_id, count(*) as sessions,
				           bool_or(cs.starts_at >= time '17:00' or extract(isodow from cs.session_date) in (6, 7)) as ew
				    from course_session cs join counted k on k.id = cs.course_id
				    group by cs.course_id
				),
				apps as (
				    select a.course_id, count(*) as applications,
				           count(*) filter (where a.status = 'CONFIRMED') as confirmed,
				           count(*) filter (where a.status = 'CONFIRMED' and exists (
				               select 1 from course_attendance t where t.application_id = a.id and t.present)) as participants
				    from course_application a join counted k on k.id = a.course_id
				    group by a.course_id
				),
				surveys as (
				    select r.course_id, count(*) as responses, sum(r.satisfaction) as satisfaction
				    from course_survey_response r join counted k on k.id = r.course_id
				    group by r.course_id
				),
				per_course as (
				    select c.id, coalesce(s.sessions, 0) as sessions, coalesce(s.ew, false) as ew,
				           c.childcare_offered, c.easy_japanese,
				           exists (select 1 from course_audience au
				                   where au.course_id = c.id and au.audience = 'FOREIGN_RESIDENTS') as foreign_residents,
				           coalesce(a.applications, 0) as applications, coalesce(a.confirmed, 0) as confirmed,
				           coalesce(a.participants, 0) as participants,
				           coalesce(v.responses, 0) as responses, coalesce(v.satisfaction, 0) as satisfaction
				    from course c join counted k on k.id = c.id
				    left join sessions s on s.course_id = c.id
				    left join apps a on a.course_id = c.id
				    left join surveys v on v.course_id = c.id
				)
				select m.node, count(*) as courses, sum(pc.sessions) as sessions, sum(pc.applications) as applications,
				       sum(pc.confirmed) as confirmed, sum(pc.participants) as participants,
				       sum(pc.responses) as responses, sum(pc.satisfaction) as satisfaction,
				       count(*) filter (where pc.ew) as ew, count(*) filter (where pc.childcare_offered) as childcare,
				       count(*) filter (where pc.foreign_residents) as foreign_residents,
				       count(*) filter (where pc.easy_japanese) as easy_japanese
				from member m join per_course pc on pc.id = m.record_id
				group by m.node""";
		jdbc.sql(sql).param("plan", planCode).param("from", window.from()).param("until", window.until())
				.query(rs -> {
					var v = values.computeIfAbsent(rs.getLong("node"), k -> FigureTable.empty());
					long courses = rs.getLong("courses");
					long confirmed = rs.getLong("confirmed");
					long participants = rs.getLong("participants");
					long responses = rs.getLong("responses");
					v.put(Figure.COURSES_HELD, BigDecimal.valueOf(courses));
					v.put(Figure.SESSIONS_HELD, BigDecimal.valueOf(rs.getLong("sessions")));
					v.put(Figure.APPLICATIONS, BigDecimal.valueOf(rs.getLong("applications")));
					v.put(Figure.CONFIRMED_PLACES, BigDecimal.valueOf(confirmed));
					v.put(Figure.PARTICIPANTS, BigDecimal.valueOf(participants));
					v.put(Figure.ATTENDANCE_RATE, percent(participants, confirmed));
					v.put(Figure.SATISFACTION_RESPONSES, BigDecimal.valueOf(responses));
					v.put(Figure.SATISFACTION_AVERAGE, mean(rs.getLong("satisfaction"), responses));
					v.put(Figure.EVENING_WEEKEND_SHARE, percent(rs.getLong("ew"), courses));
					v.put(Figure.CHILDCARE_SHARE, percent(rs.getLong("childcare"), courses));
					v.put(Figure.FOREIGN_RESIDENTS_SHARE, percent(rs.getLong("foreign_residents"), courses));
					v.put(Figure.EASY_JAPANESE_SHARE, percent(rs.getLong("easy_japanese"), courses));
				});
	}

	private void circles(String planCode, Window window, Map<Long, Map<Figure, BigDecimal>> values) {
		String sql = "with " + PLAN_NODES + """
				,
				registered as (
				    select c.id from circle c
				    where c.status in ('REGISTERED', 'SUSPENDED', 'DISSOLVED')
				      and coalesce(c.approved_at, c.created_at) < :until and c.valid_until >= :first
				),
				reported as (
				    select r.circle_id as id, count(distinct r.held_on) as activities, sum(r.participants) as participants
				    from circle_activity_report r where r.held_on between :first and :last
				    group by r.circle_id
				),
				counted as (
				    select id from registered union select id from reported
				),
				""" + member("circle_plan_scope", "circle_id", "counted") + """

				select m.node,
				       count(*) filter (where g.id is not null) as registered,
				       count(*) filter (where r.id is not null) as active,
				       coalesce(sum(r.activities), 0) as activities, coalesce(sum(r.participants), 0) as participants
				from member m
				left join registered g on g.id = m.record_id
				left join reported r on r.id = m.record_id
				group by m.node""";
		jdbc.sql(sql).param("plan", planCode).param("from", window.from()).param("until", window.until())
				.param("first", window.first()).param("last", window.last()).query(rs -> {
					var v = values.computeIfAbsent(rs.getLong("node"), k -> FigureTable.empty());
					v.put(Figure.CIRCLES_REGISTERED, BigDecimal.valueOf(rs.getLong("registered")));
					v.put(Figure.CIRCLES_ACTIVE, BigDecimal.valueOf(rs.getLong("active")));
					v.put(Figure.CIRCLE_ACTIVITIES, BigDecimal.valueOf(rs.getLong("activities")));
					v.put(Figure.CIRCLE_PARTICIPANTS, BigDecimal.valueOf(rs.getLong("participants")));
				});
	}

	private void volunteering(String planCode, Window window, Map<Long, Map<Figure, BigDecimal>> values) {
		String sql = "with " + PLAN_NODES + """
				,
				counted as (
				    select distinct r.id from volunteer_request r
				    join volunteer_shift sh on sh.request_id = r.id and sh.shift_date between :first and :last
				    where r.status not in ('DRAFT', 'CANCELLED')
				),
				""" + member("volunteer_request_plan_scope", "request_id", "counted") + """

				select m.node, count(distinct m.record_id) as requests,
				       count(distinct a.profile_id) filter (where a.status in ('APPROVED', 'COMPLETED')) as volunteers,
				       coalesce(sum(a.hours) filter (where a.status = 'COMPLETED'), 0) as hours
				from member m
				join volunteer_shift sh on sh.request_id = m.record_id and sh.shift_date between :first and :last
				left join volunteer_assignment a on a.shift_id = sh.id
				group by m.node""";
		jdbc.sql(sql).param("plan", planCode).param("first", window.first()).param("last", window.last())
				.query(rs -> {
					var v = values.computeIfAbsent(rs.getLong("node"), k -> FigureTable.empty());
					v.put(Figure.VOLUNTEER_REQUESTS, BigDecimal.valueOf(rs.getLong("requests")));
					v.put(Figure.VOLUNTEERS_MATCHED, BigDecimal.valueOf(rs.getLong("volunteers")));
					v.put(Figure.VOLUNTEER_HOURS, rs.getBigDecimal("hours").setScale(1, RoundingMode.HALF_UP));
				});
	}

	private void consultations(String planCode, Window window, Map<Long, Map<Figure, BigDecimal>> values) {
		String sql = "with " + PLAN_NODES + """
				,
				counted as (
				    select distinct b.topic_id as id from consultation_booking b
				    where b.status = 'HELD' and b.starts_at >= :from and b.starts_at < :until
				),
				""" + member("consultation_topic_plan_scope", "topic_id", "counted") + """

				select m.node, count(*) as held,
				       count(*) filter (where b.channel = 'COUNTER') as counter,
				       count(*) filter (where b.channel = 'PHONE') as phone,
				       count(*) filter (where b.channel = 'ONLINE') as online
				from member m
				join consultation_booking b on b.topic_id = m.record_id
				where b.status = 'HELD' and b.starts_at >= :from and b.starts_at < :until
				group by m.node""";
		jdbc.sql(sql).param("plan", planCode).param("from", window.from()).param("until", window.until())
				.query(rs -> {
					var v = values.computeIfAbsent(rs.getLong("node"), k -> FigureTable.empty());
					v.put(Figure.CONSULTATIONS_HELD, BigDecimal.valueOf(rs.getLong("held")));
					v.put(Figure.CONSULTATIONS_COUNTER, BigDecimal.valueOf(rs.getLong("counter")));
					v.put(Figure.CONSULTATIONS_PHONE, BigDecimal.valueOf(rs.getLong("phone")));
					v.put(Figure.CONSULTATIONS_ONLINE, BigDecimal.valueOf(rs.getLong("online")));
				});
	}

	/**
	 * Proposals name one node (or none); they have no scope table, so their scope is walked up
	 * the plan here: the named node and every node above it.
	 */
	private void proposals(String planCode, Window window, Map<Long, Map<Figure, BigDecimal>> values) {
		String sql = "with recursive " + PLAN_NODES + """
				,
				counted as (
				    select cp.id, cp.plan_node_id from course_proposal cp
				    join plan_nodes pn on pn.id = cp.plan_node_id
				    where (cp.created_at >= :from and cp.created_at < :until)
				       or (cp.status = 'ADOPTED' and cp.decided_at >= :from and cp.decided_at < :until)
				),
				up (record_id, node) as (
				    select id, plan_node_id from counted
				    union all
				    select up.record_id, n.parent_id from up join plan_node n on n.id = up.node
				    where n.parent_id is not null
				),
				member as (
				    select node, record_id from up
				    union all
				    select 0::bigint, id from counted
				)
				select m.node,
				       count(*) filter (where cp.created_at >= :from and cp.created_at < :until) as received,
				       count(*) filter (where cp.status = 'ADOPTED'
				           and cp.decided_at >= :from and cp.decided_at < :until) as adopted
				from member m join course_proposal cp on cp.id = m.record_id
				group by m.node""";
		jdbc.sql(sql).param("plan", planCode).param("from", window.from()).param("until", window.until())
				.query(rs -> {
					var v = values.computeIfAbsent(rs.getLong("node"), k -> FigureTable.empty());
					v.put(Figure.PROPOSALS_RECEIVED, BigDecimal.valueOf(rs.getLong("received")));
					v.put(Figure.PROPOSALS_ADOPTED, BigDecimal.valueOf(rs.getLong("adopted")));
				});
	}

	static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	static BigDecimal mean(long sum, long count) {
		return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}
}
