package jp.manabi.portal.report.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public events in a range, read straight from the tables (the report module needs no
 * entities): every session of a published or held course, and every public event (kind EVENT,
 * not cancelled) of a circle listed today. Drafts, cancelled courses, meetings, cancelled events
 * and circles that are not listed never appear; nor does anything about the people.
 */
@Component
@Transactional(readOnly = true)
class OpenEventQuery {

	private final JdbcClient jdbc;
	private final String baseUrl;

	OpenEventQuery(JdbcClient jdbc, @Value("${portal.mail.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.baseUrl = baseUrl;
	}

	List<OpenEvent> between(OpenDataRange range, LocalDate today) {
		var events = new ArrayList<OpenEvent>();
		events.addAll(courseSessions(range));
		events.addAll(circleEvents(range, today));
		events.sort(Comparator.comparing(OpenEvent::date).thenComparing(OpenEvent::startsAt)
				.thenComparing(OpenEvent::id));
		return events;
	}

	private List<OpenEvent> courseSessions(OpenDataRange range) {
		return jdbc.sql("""
				select c.id, c.title, c.title_en, c.summary, c.organizer_name, c.online, c.capacity, c.fee_yen,
				       c.application_opens_at, c.application_closes_at, c.childcare_offered, c.easy_japanese,
				       c.english_support, v.name as venue_name, v.room, v.address, v.access,
				       s.id as session_id, s.position, s.session_date, s.starts_at, s.ends_at,
				       (select count(*) from course_session n where n.course_id = c.id) as session_count
				from course c
				join course_session s on s.course_id = c.id
				left join venue v on v.id = c.venue_id
				where c.status in ('PUBLISHED', 'HELD') and s.session_date between :from and :to
				""").param("from", range.from()).param("to", range.to()).query(this::courseSession).list();
	}

	private OpenEvent courseSession(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		int number = rs.getInt("position") + 1;
		var notes = new ArrayList<String>();
		if (rs.getBoolean("childcare_offered")) {
			notes.add("託児あり");
		}
		if (rs.getBoolean("easy_japanese")) {
			notes.add("やさしい日本語");
		}
		if (rs.getBoolean("english_support")) {
			notes.add("英語対応");
		}
		boolean online = rs.getBoolean("online");
		String venue = rs.getString("venue_name");
		return new OpenEvent("course-" + id + "-session-" + number, OpenEvent.Kind.COURSE,
				"course-" + id + "-session-" + rs.getLong("session_id") + "@manabi-portal", rs.getString("title"),
				rs.getString("title_en"), rs.getObject("session_date", LocalDate.class),
				rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class), number,
				rs.getInt("session_count"), rs.getString("summary"), rs.getInt("fee_yen"), rs.getString("organizer_name"),
				venue == null ? (online ? "オンライン" : null) : venue, rs.getString("room"), rs.getString("address"),
				rs.getString("access"), online, rs.getInt("capacity"), instant(rs, "application_opens_at"),
				instant(rs, "application_closes_at"), url("/courses/{id}", id), List.copyOf(notes));
	}

	private List<OpenEvent> circleEvents(OpenDataRange range, LocalDate today) {
		// Listed as Circle.isListed(today) says: registered and the registration not lapsed.
		return jdbc.sql("""
				select a.id, a.circle_id, a.title, a.description, a.activity_date, a.starts_at, a.ends_at, a.place,
				       a.capacity, a.signup_open, a.fee_yen, ci.name as circle_name
				from circle_activity a
				join circle ci on ci.id = a.circle_id
				where a.kind = 'EVENT' and not a.cancelled
				  and ci.status = 'REGISTERED' and ci.valid_until >= :today
				  and a.activity_date between :from and :to
				""").param("today", today).param("from", range.from()).param("to", range.to())
				.query(this::circleEvent).list();
	}

	private OpenEvent circleEvent(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		var date = rs.getObject("activity_date", LocalDate.class);
		var starts = rs.getObject("starts_at", LocalTime.class);
		Integer capacity = (Integer) rs.getObject("capacity");
		// Sign-ups close when the event begins (EventSignupService); only events that take them have a deadline.
		Instant closes = rs.getBoolean("signup_open") && capacity != null
				? date.atTime(starts).atZone(OpenEvent.ZONE).toInstant() : null;
		return new OpenEvent("circle-event-" + id, OpenEvent.Kind.CIRCLE_EVENT,
				"circle-activity-" + id + "@manabi-portal", rs.getString("title"), null, date, starts,
				rs.getObject("ends_at", LocalTime.class), 1, 1, rs.getString("description"), rs.getInt("fee_yen"),
				rs.getString("circle_name"), rs.getString("place"), null, null, null, false, capacity, null, closes,
				url("/circles/{circle}/activities/{id}", rs.getLong("circle_id"), id), List.of());
	}

	private String url(String path, Object... ids) {
		return UriComponentsBuilder.fromUriString(baseUrl).path(path).buildAndExpand(ids).toUriString();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
