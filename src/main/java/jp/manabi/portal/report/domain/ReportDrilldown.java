package jp.manabi.portal.report.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.shared.Languages;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * The records behind a node's figures of a year, by the same rules as {@link PlanRollup} (see
 * {@link jp.manabi.portal.report.Figure}), always as they are now. No personal data: courses,
 * circles and requests by name with their counts, consultations counted by topic.
 */
@Service
@Transactional(readOnly = true)
public class ReportDrilldown {

	public record CourseLine(long id, String title, String status, LocalDate ended, long sessions, long applications,
			long confirmed, long participants, long responses, BigDecimal satisfaction) {
	}

	public record CircleLine(long id, String name, boolean registered, long activities, long participants) {
	}

	public record RequestLine(long id, String title, long shifts, long volunteers, BigDecimal hours) {
	}

	public record TopicLine(long id, String nameJa, String nameEn, long counter, long phone, long online) {
		public String name(Locale locale) {
			return Languages.isEnglish(locale) ? nameEn : nameJa;
		}

		public long held() {
			return counter + phone + online;
		}
	}

	public record ProposalLine(long id, String theme, String status, LocalDate received, boolean adoptedInYear) {
	}

	public record Records(List<CourseLine> courses, List<CircleLine> circles, List<RequestLine> requests,
			List<TopicLine> topics, List<ProposalLine> proposals) {
	}

	private final JdbcClient jdbc;
	private final java.time.Clock clock;

	ReportDrilldown(JdbcClient jdbc, java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public Records of(long nodeId, FiscalYear year) {
		var w = PlanRollup.Window.of(year, clock.instant());
		return new Records(courses(nodeId, w), circles(nodeId, w), requests(nodeId, w), topics(nodeId, w),
				proposals(nodeId, w));
	}

	private List<CourseLine> courses(long nodeId, PlanRollup.Window w) {
		return jdbc.sql("""
				select c.id, c.title, c.status, c.last_session_ends_at,
				       (select count(*) from course_session cs where cs.course_id = c.id) as sessions,
				       (select count(*) from course_application a where a.course_id = c.id) as applications,
				       (select count(*) from course_application a where a.course_id = c.id and a.status = 'CONFIRMED') as confirmed,
				       (select count(*) from course_application a where a.course_id = c.id and a.status = 'CONFIRMED'
				            and exists (select 1 from course_attendance t where t.application_id = a.id and t.present)) as participants,
				       (select count(*) from course_survey_response r where r.course_id = c.id) as responses,
				       (select round(avg(r.satisfaction), 2) from course_survey_response r where r.course_id = c.id) as satisfaction
				from course c join course_plan_scope s on s.course_id = c.id and s.plan_node_id = :node
				where c.status in ('HELD', 'PUBLISHED') and c.last_session_ends_at >= :from and c.last_session_ends_at < :until
				order by c.last_session_ends_at, c.id""").param("node", nodeId).param("from", w.from())
				.param("until", w.until())
				.query((rs, n) -> new CourseLine(rs.getLong("id"), rs.getString("title"), rs.getString("status"),
						rs.getObject("last_session_ends_at", OffsetDateTime.class).atZoneSameInstant(PlanRollup.JAPAN)
								.toLocalDate(),
						rs.getLong("sessions"), rs.getLong("applications"), rs.getLong("confirmed"),
						rs.getLong("participants"), rs.getLong("responses"), rs.getBigDecimal("satisfaction")))
				.list();
	}

	private List<CircleLine> circles(long nodeId, PlanRollup.Window w) {
		return jdbc.sql("""
				select c.id, c.name,
				       (c.status in ('REGISTERED', 'SUSPENDED', 'DISSOLVED')
				        and coalesce(c.approved_at, c.created_at) < :until and c.valid_until >= :first) as registered,
				       count(distinct r.held_on) as activities, coalesce(sum(r.participants), 0) as participants
				from circle c join circle_plan_scope s on s.circle_id = c.id and s.plan_node_id = :node
				left join circle_activity_report r on r.circle_id = c.id and r.held_on between :first and :last
				group by c.id, c.name, c.status, c.approved_at, c.created_at, c.valid_until
				having count(r.id) > 0 or (c.status in ('REGISTERED', 'SUSPENDED', 'DISSOLVED')
				        and coalesce(c.approved_at, c.created_at) < :until and c.valid_until >= :first)
				order by c.name, c.id""").param("node", nodeId).param("first", w.first()).param("last", w.last())
				.param("until", w.until())
				.query((rs, n) -> new CircleLine(rs.getLong("id"), rs.getString("name"), rs.getBoolean("registered"),
						rs.getLong("activities"), rs.getLong("participants")))
				.list();
	}

	private List<RequestLine> requests(long nodeId, PlanRollup.Window w) {
		return jdbc.sql("""
				select r.id, r.title, count(distinct sh.id) as shifts,
				       count(distinct a.profile_id) filter (where a.status in ('APPROVED', 'COMPLETED')) as volunteers,
				       coalesce(sum(a.hours) filter (where a.status = 'COMPLETED'), 0) as hours
				from volunteer_request r join volunteer_request_plan_scope s on s.request_id = r.id and s.plan_node_id = :node
				join volunteer_shift sh on sh.request_id = r.id and sh.shift_date between :first and :last
				left join volunteer_assignment a on a.shift_id = sh.id
				where r.status not in ('DRAFT', 'CANCELLED')
				group by r.id, r.title order by r.title, r.id""").param("node", nodeId).param("first", w.first())
				.param("last", w.last())
				.query((rs, n) -> new RequestLine(rs.getLong("id"), rs.getString("title"), rs.getLong("shifts"),
						rs.getLong("volunteers"), rs.getBigDecimal("hours")))
				.list();
	}

	private List<TopicLine> topics(long nodeId, PlanRollup.Window w) {
		return jdbc.sql("""
				select t.id, t.name_ja, t.name_en,
				       count(*) filter (where b.channel = 'COUNTER') as counter,
				       count(*) filter (where b.channel = 'PHONE') as phone,
				       count(*) filter (where b.channel = 'ONLINE') as online
				from consultation_topic t join consultation_topic_plan_scope s on s.topic_id = t.id and s.plan_node_id = :node
				join consultation_booking b on b.topic_id = t.id and b.status = 'HELD'
				     and b.starts_at >= :from and b.starts_at < :until
				group by t.id, t.name_ja, t.name_en, t.position order by t.position, t.id""").param("node", nodeId)
				.param("from", w.from()).param("until", w.until())
				.query((rs, n) -> new TopicLine(rs.getLong("id"), rs.getString("name_ja"), rs.getString("name_en"),
						rs.getLong("counter"), rs.getLong("phone"), rs.getLong("online")))
				.list();
	}

	private List<ProposalLine> proposals(long nodeId, PlanRollup.Window w) {
		return jdbc.sql("""
				with recursive below (id) as (
				    select cast(:node as bigint)
				    union all
				    select n.id from plan_node n join below b on n.parent_id = b.id
				)
				select cp.id, cp.theme, cp.status, cp.created_at,
				       (cp.status = 'ADOPTED' and cp.decided_at >= :from and cp.decided_at < :until) as adopted
				from course_proposal cp join below b on b.id = cp.plan_node_id
				where (cp.created_at >= :from and cp.created_at < :until)
				   or (cp.status = 'ADOPTED' and cp.decided_at >= :from and cp.decided_at < :until)
				order by cp.created_at, cp.id""").param("node", nodeId).param("from", w.from()).param("until", w.until())
				.query((rs, n) -> new ProposalLine(rs.getLong("id"), rs.getString("theme"), rs.getString("status"),
						rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(PlanRollup.JAPAN).toLocalDate(),
						rs.getBoolean("adopted")))
				.list();
	}
}
