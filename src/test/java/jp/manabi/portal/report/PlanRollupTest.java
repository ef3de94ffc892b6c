package jp.manabi.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.report.domain.FigureTable;
import jp.manabi.portal.report.domain.PlanRollup;
import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.support.IntegrationTest;

/**
 * The roll-up engine against figures worked out another way: every figure of every node of every
 * level (and of the whole plan) recomputed here in Java from the raw rows, record by record,
 * without the engine's SQL; and the hand-checked values of the fixture, double counting included.
 */
class PlanRollupTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanRollup rollup;

	ReportFixture fixture;
	FiscalYear year;

	@BeforeEach
	void data() {
		year = FiscalYear.of(LocalDate.now(ReportFixture.JAPAN)).previous().previous();
		fixture = new ReportFixture(jdbc, accounts, year.startYear()).build();
	}

	@Test
	void everyFigureOfEveryLevelMatchesAnIndependentRecount() {
		FigureTable table = rollup.compute(fixture.planCode, year);
		assertThat(table.rows()).hasSize(1 + fixture.allNodes().size());
		assertThat(table.rows().stream().map(FigureTable.Row::level).distinct()).containsExactlyInAnyOrder(0, 1, 2, 3, 4);

		for (long node : fixture.allNodes()) {
			Map<Figure, BigDecimal> expected = recount(Set.of(node));
			for (Figure figure : Figure.values()) {
				assertSame(table.value(node, figure), expected.get(figure), "node " + node + " " + figure);
			}
		}
		Map<Figure, BigDecimal> whole = recount(new HashSet<>(fixture.allNodes()));
		for (Figure figure : Figure.values()) {
			assertSame(table.total().value(figure), whole.get(figure), "whole plan " + figure);
		}
	}

	@Test
	void aCourseLinkedToTwoActionsOfOneMeasureCountsOnceThereAndTheWholePlanIsTheUnionOfItsGoals() {
		FigureTable table = rollup.compute(fixture.planCode, year);
		// C1 (A1 + A2) and C5 (A1 + A4): two at the measure, not three; C1 once at each action.
		assertThat(table.value(fixture.a1, Figure.COURSES_HELD)).isEqualByComparingTo("2");
		assertThat(table.value(fixture.a2, Figure.COURSES_HELD)).isEqualByComparingTo("1");
		assertThat(table.value(fixture.m1, Figure.COURSES_HELD)).isEqualByComparingTo("2");
		assertThat(table.value(fixture.m1, Figure.SESSIONS_HELD)).isEqualByComparingTo("3");
		assertThat(table.value(fixture.m1, Figure.PARTICIPANTS)).isEqualByComparingTo("2");
		assertThat(table.value(fixture.g1, Figure.COURSES_HELD)).isEqualByComparingTo("3");
		assertThat(table.value(fixture.g2, Figure.COURSES_HELD)).isEqualByComparingTo("1");
		// The whole plan: C1, C2, C5 once each (G1 + G2 would be 4).
		var total = table.total();
		assertThat(total.value(Figure.COURSES_HELD)).isEqualByComparingTo("3");
		assertThat(total.value(Figure.SESSIONS_HELD)).isEqualByComparingTo("4");
		assertThat(total.value(Figure.APPLICATIONS)).isEqualByComparingTo("6");
		assertThat(total.value(Figure.CONFIRMED_PLACES)).isEqualByComparingTo("5");
		assertThat(total.value(Figure.PARTICIPANTS)).isEqualByComparingTo("4");
		assertThat(total.value(Figure.ATTENDANCE_RATE)).isEqualByComparingTo("80.0");
		assertThat(total.value(Figure.SATISFACTION_RESPONSES)).isEqualByComparingTo("3");
		assertThat(total.value(Figure.SATISFACTION_AVERAGE)).isEqualByComparingTo("4.00");
		assertThat(total.value(Figure.EVENING_WEEKEND_SHARE)).isEqualByComparingTo("66.7");
		assertThat(total.value(Figure.CHILDCARE_SHARE)).isEqualByComparingTo("33.3");
		assertThat(total.value(Figure.FOREIGN_RESIDENTS_SHARE)).isEqualByComparingTo("33.3");
		assertThat(total.value(Figure.EASY_JAPANESE_SHARE)).isEqualByComparingTo("33.3");
		assertThat(total.value(Figure.CIRCLES_REGISTERED)).isEqualByComparingTo("2");
		assertThat(total.value(Figure.CIRCLES_ACTIVE)).isEqualByComparingTo("1");
		assertThat(total.value(Figure.CIRCLE_ACTIVITIES)).isEqualByComparingTo("2");
		assertThat(total.value(Figure.CIRCLE_PARTICIPANTS)).isEqualByComparingTo("22");
		assertThat(total.value(Figure.VOLUNTEER_REQUESTS)).isEqualByComparingTo("2");
		// V1 worked for R1 (G1) and R2 (G2): one volunteer for the plan.
		assertThat(total.value(Figure.VOLUNTEERS_MATCHED)).isEqualByComparingTo("2");
		assertThat(total.value(Figure.VOLUNTEER_HOURS)).isEqualByComparingTo("5.5");
		assertThat(total.value(Figure.CONSULTATIONS_HELD)).isEqualByComparingTo("4");
		assertThat(total.value(Figure.CONSULTATIONS_COUNTER)).isEqualByComparingTo("2");
		assertThat(total.value(Figure.CONSULTATIONS_PHONE)).isEqualByComparingTo("1");
		assertThat(total.value(Figure.CONSULTATIONS_ONLINE)).isEqualByComparingTo("1");
		assertThat(total.value(Figure.PROPOSALS_RECEIVED)).isEqualByComparingTo("2");
		assertThat(total.value(Figure.PROPOSALS_ADOPTED)).isEqualByComparingTo("1");
		// The circle linked to two actions of M1: once there.
		assertThat(table.value(fixture.m1, Figure.CIRCLE_PARTICIPANTS)).isEqualByComparingTo("22");
		assertThat(table.value(fixture.m1, Figure.CONSULTATIONS_HELD)).isEqualByComparingTo("1");
		assertThat(table.value(fixture.d1, Figure.CONSULTATIONS_HELD)).isEqualByComparingTo("4");
		// A node nothing counts toward: zero counts, no rates.
		assertThat(table.value(fixture.a2, Figure.CONSULTATIONS_HELD)).isEqualByComparingTo("0");
		assertThat(table.value(fixture.d2, Figure.SATISFACTION_AVERAGE)).isNull();
	}

	@Test
	void theYearBeforeHasOnlyItsOwnRecords() {
		FigureTable before = rollup.compute(fixture.planCode, year.previous());
		assertThat(before.total().value(Figure.COURSES_HELD)).isEqualByComparingTo("1");
		assertThat(before.total().value(Figure.CIRCLE_PARTICIPANTS)).isEqualByComparingTo("30");
		assertThat(before.total().value(Figure.VOLUNTEER_HOURS)).isEqualByComparingTo("2");
		assertThat(before.total().value(Figure.CONSULTATIONS_HELD)).isEqualByComparingTo("1");
		assertThat(before.total().value(Figure.PROPOSALS_RECEIVED)).isEqualByComparingTo("1");
	}

	private static void assertSame(BigDecimal actual, BigDecimal expected, String what) {
		if (expected == null) {
			assertThat(actual).as(what).isNull();
		}
		else {
			assertThat(actual).as(what).isNotNull();
			assertThat(actual).as(what).isEqualByComparingTo(expected);
		}
	}

	// ---- the independent recount: one record at a time, in Java

	private boolean inYear(OffsetDateTime at) {
		return at != null && year.contains(at.atZoneSameInstant(ReportFixture.JAPAN).toLocalDate());
	}

	private List<Long> ids(String sql, Set<Long> nodes) {
		return jdbc.sql(sql).param("nodes", nodes).query(Long.class).list().stream().distinct().toList();
	}

	private Map<Figure, BigDecimal> recount(Set<Long> nodes) {
		Map<Figure, BigDecimal> v = new EnumMap<>(Figure.class);
		recountCourses(nodes, v);
		recountCircles(nodes, v);
		recountVolunteering(nodes, v);
		recountConsultations(nodes, v);
		recountProposals(nodes, v);
		return v;
	}

	private void recountCourses(Set<Long> nodes, Map<Figure, BigDecimal> v) {
		long courses = 0, sessions = 0, applications = 0, confirmed = 0, participants = 0, responses = 0,
				satisfaction = 0, eveningWeekend = 0, childcare = 0, foreign = 0, easy = 0;
		for (long id : ids("select course_id from course_plan_scope where plan_node_id in (:nodes)", nodes)) {
			var course = jdbc.sql("select status, last_session_ends_at, childcare_offered, easy_japanese from course where id = :id")
					.param("id", id).query((rs, n) -> new Object[] { rs.getString(1),
							rs.getObject(2, OffsetDateTime.class), rs.getBoolean(3), rs.getBoolean(4) })
					.single();
			String status = (String) course[0];
			if (!(status.equals("HELD") || status.equals("PUBLISHED")) || !inYear((OffsetDateTime) course[1])) {
				continue;
			}
			courses++;
			boolean ew = false;
			for (var s : jdbc.sql("select session_date, starts_at from course_session where course_id = :id").param("id", id)
					.query((rs, n) -> new Object[] { rs.getObject(1, LocalDate.class), rs.getObject(2, LocalTime.class) })
					.list()) {
				sessions++;
				LocalDate date = (LocalDate) s[0];
				ew |= !((LocalTime) s[1]).isBefore(LocalTime.of(17, 0)) || date.getDayOfWeek().getValue() >= 6;
			}
			if (ew) {
				eveningWeekend++;
			}
			if ((Boolean) course[2]) {
				childcare++;
			}
			if ((Boolean) course[3]) {
				easy++;
			}
			if (jdbc.sql("select count(*) from course_audience where course_id = :id and audience = 'FOREIGN_RESIDENTS'")
					.param("id", id).query(Long.class).single() > 0) {
				foreign++;
			}
			for (var a : jdbc.sql("select id, status from course_application where course_id = :id").param("id", id)
					.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list()) {
				applications++;
				if (a[1].equals("CONFIRMED")) {
					confirmed++;
					List<Boolean> marks = jdbc.sql("select present from course_attendance where application_id = :a")
							.param("a", a[0]).query(Boolean.class).list();
					if (marks.contains(Boolean.TRUE)) {
						participants++;
					}
				}
			}
			for (int answer : jdbc.sql("select satisfaction from course_survey_response where course_id = :id")
					.param("id", id).query(Integer.class).list()) {
				responses++;
				satisfaction += answer;
			}
		}
		v.put(Figure.COURSES_HELD, BigDecimal.valueOf(courses));
		v.put(Figure.SESSIONS_HELD, BigDecimal.valueOf(sessions));
		v.put(Figure.APPLICATIONS, BigDecimal.valueOf(applications));
		v.put(Figure.CONFIRMED_PLACES, BigDecimal.valueOf(confirmed));
		v.put(Figure.PARTICIPANTS, BigDecimal.valueOf(participants));
		v.put(Figure.ATTENDANCE_RATE, share(participants, confirmed));
		v.put(Figure.SATISFACTION_RESPONSES, BigDecimal.valueOf(responses));
		v.put(Figure.SATISFACTION_AVERAGE, responses == 0 ? null
				: BigDecimal.valueOf(satisfaction).divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP));
		v.put(Figure.EVENING_WEEKEND_SHARE, share(eveningWeekend, courses));
		v.put(Figure.CHILDCARE_SHARE, share(childcare, courses));
		v.put(Figure.FOREIGN_RESIDENTS_SHARE, share(foreign, courses));
		v.put(Figure.EASY_JAPANESE_SHARE, share(easy, courses));
	}

	private static BigDecimal share(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(Math.round(1000.0 * part / whole), 1);
	}

	private void recountCircles(Set<Long> nodes, Map<Figure, BigDecimal> v) {
		long registered = 0, active = 0, activities = 0, participants = 0;
		for (long id : ids("select circle_id from circle_plan_scope where plan_node_id in (:nodes)", nodes)) {
			var circle = jdbc.sql("select status, coalesce(approved_at, created_at), valid_until from circle where id = :id")
					.param("id", id).query((rs, n) -> new Object[] { rs.getString(1),
							rs.getObject(2, OffsetDateTime.class), rs.getObject(3, LocalDate.class) })
					.single();
			boolean everApproved = List.of("REGISTERED", "SUSPENDED", "DISSOLVED").contains(circle[0]);
			LocalDate approved = ((OffsetDateTime) circle[1]).atZoneSameInstant(ReportFixture.JAPAN).toLocalDate();
			LocalDate validUntil = (LocalDate) circle[2];
			if (everApproved && !approved.isAfter(year.lastDay()) && validUntil != null
					&& !validUntil.isBefore(year.firstDay())) {
				registered++;
			}
			var days = new HashSet<LocalDate>();
			for (var r : jdbc.sql("select held_on, participants from circle_activity_report where circle_id = :id")
					.param("id", id).query((rs, n) -> new Object[] { rs.getObject(1, LocalDate.class), rs.getInt(2) })
					.list()) {
				if (year.contains((LocalDate) r[0])) {
					days.add((LocalDate) r[0]);
					participants += (Integer) r[1];
				}
			}
			if (!days.isEmpty()) {
				active++;
				activities += days.size();
			}
		}
		v.put(Figure.CIRCLES_REGISTERED, BigDecimal.valueOf(registered));
		v.put(Figure.CIRCLES_ACTIVE, BigDecimal.valueOf(active));
		v.put(Figure.CIRCLE_ACTIVITIES, BigDecimal.valueOf(activities));
		v.put(Figure.CIRCLE_PARTICIPANTS, BigDecimal.valueOf(participants));
	}

	private void recountVolunteering(Set<Long> nodes, Map<Figure, BigDecimal> v) {
		long requests = 0;
		var volunteers = new HashSet<Long>();
		BigDecimal hours = BigDecimal.ZERO;
		for (long id : ids("select request_id from volunteer_request_plan_scope where plan_node_id in (:nodes)", nodes)) {
			String status = jdbc.sql("select status from volunteer_request where id = :id").param("id", id)
					.query(String.class).single();
			if (status.equals("DRAFT") || status.equals("CANCELLED")) {
				continue;
			}
			boolean any = false;
			for (var shift : jdbc.sql("select id, shift_date from volunteer_shift where request_id = :id").param("id", id)
					.query((rs, n) -> new Object[] { rs.getLong(1), rs.getObject(2, LocalDate.class) }).list()) {
				if (!year.contains((LocalDate) shift[1])) {
					continue;
				}
				any = true;
				for (var a : jdbc.sql("select profile_id, status, hours from volunteer_assignment where shift_id = :s")
						.param("s", shift[0])
						.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getBigDecimal(3) }).list()) {
					if (a[1].equals("APPROVED") || a[1].equals("COMPLETED")) {
						volunteers.add((Long) a[0]);
					}
					if (a[1].equals("COMPLETED")) {
						hours = hours.add((BigDecimal) a[2]);
					}
				}
			}
			if (any) {
				requests++;
			}
		}
		v.put(Figure.VOLUNTEER_REQUESTS, BigDecimal.valueOf(requests));
		v.put(Figure.VOLUNTEERS_MATCHED, BigDecimal.valueOf(volunteers.size()));
		v.put(Figure.VOLUNTEER_HOURS, hours);
	}

	private void recountConsultations(Set<Long> nodes, Map<Figure, BigDecimal> v) {
		Map<String, Long> byChannel = new java.util.HashMap<>();
		long held = 0;
		for (long id : ids("select topic_id from consultation_topic_plan_scope where plan_node_id in (:nodes)", nodes)) {
			for (var b : jdbc.sql("select status, channel, starts_at from consultation_booking where topic_id = :id")
					.param("id", id)
					.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class) })
					.list()) {
				if (b[0].equals("HELD") && inYear((OffsetDateTime) b[2])) {
					held++;
					byChannel.merge((String) b[1], 1L, Long::sum);
				}
			}
		}
		v.put(Figure.CONSULTATIONS_HELD, BigDecimal.valueOf(held));
		v.put(Figure.CONSULTATIONS_COUNTER, BigDecimal.valueOf(byChannel.getOrDefault("COUNTER", 0L)));
		v.put(Figure.CONSULTATIONS_PHONE, BigDecimal.valueOf(byChannel.getOrDefault("PHONE", 0L)));
		v.put(Figure.CONSULTATIONS_ONLINE, BigDecimal.valueOf(byChannel.getOrDefault("ONLINE", 0L)));
	}

	private void recountProposals(Set<Long> nodes, Map<Figure, BigDecimal> v) {
		long received = 0, adopted = 0;
		for (var p : jdbc.sql("""
				select plan_node_id, status, created_at, decided_at from course_proposal where plan_node_id is not null""")
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
						rs.getObject(4, OffsetDateTime.class) })
				.list()) {
			boolean under = false;
			for (Long id = (Long) p[0]; id != null && !under;) {
				under = nodes.contains(id);
				id = jdbc.sql("select parent_id from plan_node where id = :id").param("id", id).query(Long.class)
						.optional().orElse(null);
			}
			if (!under) {
				continue;
			}
			if (inYear((OffsetDateTime) p[2])) {
				received++;
			}
			if (p[1].equals("ADOPTED") && inYear((OffsetDateTime) p[3])) {
				adopted++;
			}
		}
		v.put(Figure.PROPOSALS_RECEIVED, BigDecimal.valueOf(received));
		v.put(Figure.PROPOSALS_ADOPTED, BigDecimal.valueOf(adopted));
	}
}
