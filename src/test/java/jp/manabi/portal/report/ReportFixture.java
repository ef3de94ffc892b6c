package jp.manabi.portal.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.TestAccounts;

/**
 * A small plan of its own with records under it, written by SQL so the figures are known by hand:
 *
 * <pre>
 * G1 ─ D1 ─ M1 ─ A1, A2
 *           └ M2 ─ A3
 * G2 ─ D2 ─ M3 ─ A4
 * </pre>
 *
 * In fiscal year {@code year} (finished): course C1 (HELD, linked to A1 and A2: counts once at M1),
 * C2 (PUBLISHED, A3), C5 (HELD, A1 and A4: under both goals, once for the whole plan); C3 ended the
 * year before and C4 was cancelled (neither counts). Circles K1 (A1, A2; three reports in the year,
 * two on one day, and one the year before) and K2 (A4, registered, no reports). Volunteer requests
 * R1 (A1, A2), R2 (A4; the same volunteer as R1), R3 (a draft, never counts), a shift the year
 * before. Consultation topics T1 (A3) and T2 (A1, A4). Proposals P1 (A1, adopted), P2 (M2), P3 (A4,
 * the year before).
 */
class ReportFixture {

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final JdbcClient jdbc;
	final TestAccounts accounts;
	final int year;
	final String planCode;
	final long planId;
	long g1, d1, m1, a1, a2, m2, a3, g2, d2, m3, a4;
	long c1, c2, c3, c4, c5;
	long k1, k2;
	long r1, r2, r3;
	long t1, t2;
	long staffId;
	private long counselorId;
	private int bookingHour = 0;

	ReportFixture(JdbcClient jdbc, TestAccounts accounts, int year) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.year = year;
		this.planCode = "rt-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
		this.planId = jdbc.sql("""
				insert into plan (code, municipality, title, level1_name, level2_name, level3_name, level4_name,
				                  level1_name_en, level2_name_en, level3_name_en, level4_name_en, status)
				values (:code, 'テスト市', '集計テスト計画', '基本目標', '方針', '施策', '事業', 'Goal', 'Direction', 'Measure',
				        'Action', 'ACTIVE') returning id""").param("code", planCode).query(Long.class).single();
		g1 = node(null, 1, "g1", "学びの目標");
		d1 = node(g1, 2, "g1-d1", "学びの方針");
		m1 = node(d1, 3, "g1-d1-m1", "講座の施策");
		a1 = node(m1, 4, "g1-d1-m1-a1", "講座の事業一");
		a2 = node(m1, 4, "g1-d1-m1-a2", "講座の事業二");
		m2 = node(d1, 3, "g1-d1-m2", "相談の施策");
		a3 = node(m2, 4, "g1-d1-m2-a3", "相談の事業");
		g2 = node(null, 1, "g2", "地域の目標");
		d2 = node(g2, 2, "g2-d2", "地域の方針");
		m3 = node(d2, 3, "g2-d2-m3", "地域の施策");
		a4 = node(m3, 4, "g2-d2-m3-a4", "地域の事業");
		staffId = accounts.staff().id();
	}

	/** Fills the records described above. */
	ReportFixture build() {
		courses();
		circles();
		volunteering();
		consultations();
		proposals();
		return this;
	}

	long node(Long parent, int level, String code, String title) {
		return jdbc.sql("""
				insert into plan_node (plan_id, parent_id, level, code, title, position)
				values (:plan, :parent, :level, :code, :title, 0) returning id""").param("plan", planId)
				.param("parent", parent).param("level", level).param("code", code).param("title", title)
				.query(Long.class).single();
	}

	/** The nodes and all their ancestors, each once. */
	Set<Long> scope(long... actions) {
		var scope = new LinkedHashSet<Long>();
		for (long action : actions) {
			for (Long id = action; id != null;) {
				scope.add(id);
				id = jdbc.sql("select parent_id from plan_node where id = :id").param("id", id).query(Long.class)
						.optional().orElse(null);
			}
		}
		return scope;
	}

	static OffsetDateTime at(LocalDate date, int hour) {
		return LocalDateTime.of(date, LocalTime.of(hour, 0)).atZone(JAPAN).toOffsetDateTime();
	}

	LocalDate inYear(int month, int day) {
		return LocalDate.of(month >= 4 ? year : year + 1, month, day);
	}

	LocalDate inPreviousYear(int month, int day) {
		return LocalDate.of(month >= 4 ? year - 1 : year, month, day);
	}

	// ---- courses

	long course(String title, String status, LocalDate lastDay, boolean childcare, boolean easyJapanese,
			long... actions) {
		LocalDate firstDay = lastDay.minusDays(7);
		long id = jdbc.sql("""
				insert into course (title, summary, category_code, organizer_type, organizer_name, online, capacity,
				    application_opens_at, application_closes_at, first_session_starts_at, last_session_ends_at,
				    selection_method, eligibility, childcare_offered, childcare_capacity, childcare_min_age,
				    childcare_max_age, easy_japanese, status, cancel_reason)
				values (:title, '集計テストの講座', 'it', 'DEPARTMENT', '学習・スポーツ課', true, 20,
				    :opens, :closes, :first, :last, 'FIRST_COME', 'ANYONE', :childcare,
				    case when :childcare then 5 end, case when :childcare then 1 end, case when :childcare then 6 end,
				    :easy, :status, case when :status = 'CANCELLED' then '中止' end) returning id""")
				.param("title", title).param("opens", at(firstDay.minusDays(30), 9))
				.param("closes", at(firstDay.minusDays(2), 9)).param("first", at(firstDay, 10))
				.param("last", at(lastDay, 12)).param("childcare", childcare).param("easy", easyJapanese)
				.param("status", status).query(Long.class).single();
		for (long node : scope(actions)) {
			jdbc.sql("insert into course_plan_scope (course_id, plan_node_id) values (:c, :n)").param("c", id)
					.param("n", node).update();
		}
		for (long action : actions) {
			jdbc.sql("insert into course_plan_node (course_id, plan_node_id) values (:c, :n)").param("c", id)
					.param("n", action).update();
		}
		return id;
	}

	long session(long course, int position, LocalDate date, int startHour) {
		return jdbc.sql("""
				insert into course_session (course_id, position, session_date, starts_at, ends_at)
				values (:c, :p, :d, :s, :e) returning id""").param("c", course).param("p", position).param("d", date)
				.param("s", LocalTime.of(startHour, 0)).param("e", LocalTime.of(startHour + 2, 0)).query(Long.class)
				.single();
	}

	long application(long course, String status) {
		return jdbc.sql("""
				insert into course_application (course_id, status, applicant_name, applicant_phone)
				values (:c, :s, '集計 太郎', '03-0000-0000') returning id""").param("c", course).param("s", status)
				.query(Long.class).single();
	}

	void attended(long application, long session, boolean present) {
		jdbc.sql("""
				insert into course_attendance (application_id, session_id, present, marked_by)
				values (:a, :s, :p, :by)""").param("a", application).param("s", session).param("p", present)
				.param("by", staffId).update();
	}

	void survey(long application, long course, int satisfaction) {
		jdbc.sql("""
				insert into course_survey_response (application_id, course_id, satisfaction)
				values (:a, :c, :s)""").param("a", application).param("c", course).param("s", satisfaction).update();
	}

	private void courses() {
		// C1: A1 and A2 (one measure), two sessions, one at 18:00 on a weekday; childcare.
		LocalDate c1Last = weekday(inYear(6, 10));
		c1 = course("集計C1", "HELD", c1Last, true, false, a1, a2);
		long c1s1 = session(c1, 1, c1Last.minusDays(7), 18);
		long c1s2 = session(c1, 2, c1Last, 10);
		long c1a = application(c1, "CONFIRMED");
		long c1b = application(c1, "CONFIRMED");
		application(c1, "CANCELLED");
		attended(c1a, c1s1, true);
		attended(c1a, c1s2, true);
		attended(c1b, c1s1, false);
		survey(c1a, c1, 5);
		survey(c1b, c1, 4);

		// C2: A3, a Saturday morning, easy Japanese, for foreign residents.
		LocalDate saturday = inYear(9, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY));
		c2 = course("集計C2", "PUBLISHED", saturday, false, true, a3);
		jdbc.sql("insert into course_audience (course_id, audience) values (:c, 'FOREIGN_RESIDENTS')").param("c", c2)
				.update();
		long c2s = session(c2, 1, saturday, 10);
		long c2a = application(c2, "CONFIRMED");
		long c2b = application(c2, "CONFIRMED");
		attended(c2a, c2s, true);
		attended(c2b, c2s, true);
		survey(c2a, c2, 3);

		// C3: ended the year before; C4: cancelled. Neither counts.
		LocalDate c3Last = weekday(inPreviousYear(11, 10));
		c3 = course("集計C3", "HELD", c3Last, false, false, a1);
		long c3s = session(c3, 1, c3Last, 10);
		long c3a = application(c3, "CONFIRMED");
		attended(c3a, c3s, true);
		LocalDate c4Last = weekday(inYear(7, 10));
		c4 = course("集計C4", "CANCELLED", c4Last, true, true, a1);
		session(c4, 1, c4Last, 19);
		application(c4, "CANCELLED");

		// C5: A1 and A4: under both goals, once for the whole plan.
		LocalDate c5Last = weekday(inYear(2, 10));
		c5 = course("集計C5", "HELD", c5Last, false, false, a1, a4);
		long c5s = session(c5, 1, c5Last, 10);
		long c5a = application(c5, "CONFIRMED");
		attended(c5a, c5s, true);
	}

	static LocalDate weekday(LocalDate date) {
		while (date.getDayOfWeek().getValue() >= 6) {
			date = date.plusDays(1);
		}
		return date;
	}

	// ---- circles

	long circle(String name, String status, OffsetDateTime approvedAt, LocalDate validUntil, long... actions) {
		long id = jdbc.sql("""
				insert into circle (name, description, category_code, area_code, venue, member_count, status,
				                    valid_until, approved_at)
				values (:name, '集計テストのサークル', 'culture', 'ikebukuro', '区民ひろば', 10, :status, :valid, :approved)
				returning id""").param("name", name).param("status", status).param("valid", validUntil)
				.param("approved", approvedAt).query(Long.class).single();
		for (long node : scope(actions)) {
			jdbc.sql("insert into circle_plan_scope (circle_id, plan_node_id) values (:c, :n)").param("c", id)
					.param("n", node).update();
		}
		return id;
	}

	void report(long circle, LocalDate heldOn, int participants) {
		jdbc.sql("""
				insert into circle_activity_report (circle_id, held_on, participants, summary, reported_by)
				values (:c, :d, :p, '活動しました', :by)""").param("c", circle).param("d", heldOn).param("p", participants)
				.param("by", staffId).update();
	}

	private void circles() {
		k1 = circle("集計K1", "REGISTERED", at(inPreviousYear(5, 1), 9), inYear(3, 31).plusYears(1), a1, a2);
		report(k1, inYear(5, 10), 10);
		report(k1, inYear(5, 10), 5);
		report(k1, inYear(8, 20), 7);
		report(k1, inPreviousYear(8, 20), 30);
		k2 = circle("集計K2", "REGISTERED", at(inPreviousYear(6, 1), 9), inYear(3, 31).plusYears(1), a4);
	}

	// ---- volunteering

	long profile() {
		long account = accounts.resident().id();
		return jdbc.sql("insert into volunteer_profile (account_id, status) values (:a, 'REGISTERED') returning id")
				.param("a", account).query(Long.class).single();
	}

	long request(String title, String status, long... actions) {
		long id = jdbc.sql("""
				insert into volunteer_request (title, description, poster_kind, created_by, place, area_code,
				                               number_needed, apply_by, status)
				values (:t, '集計テストの募集', 'STAFF', :by, '区民センター', 'ikebukuro', 3, :applyBy, :s) returning id""")
				.param("t", title).param("by", staffId).param("applyBy", inPreviousYear(4, 1)).param("s", status)
				.query(Long.class).single();
		for (long node : scope(actions)) {
			jdbc.sql("insert into volunteer_request_plan_scope (request_id, plan_node_id) values (:r, :n)")
					.param("r", id).param("n", node).update();
		}
		return id;
	}

	long shift(long request, int position, LocalDate date) {
		return jdbc.sql("""
				insert into volunteer_shift (request_id, position, shift_date, starts_at, ends_at, needed)
				values (:r, :p, :d, '10:00', '14:00', 3) returning id""").param("r", request).param("p", position)
				.param("d", date).query(Long.class).single();
	}

	void assignment(long shift, long profile, String status, String hours) {
		jdbc.sql("""
				insert into volunteer_assignment (shift_id, profile_id, status, hours)
				values (:s, :p, :st, cast(:h as numeric))""").param("s", shift).param("p", profile).param("st", status)
				.param("h", hours).update();
	}

	private void volunteering() {
		long v1 = profile();
		long v2 = profile();
		long v3 = profile();
		r1 = request("集計R1", "OPEN", a1, a2);
		long s1 = shift(r1, 1, inYear(10, 5));
		assignment(s1, v1, "COMPLETED", "3.5");
		assignment(s1, v2, "APPROVED", null);
		long s0 = shift(r1, 2, inPreviousYear(10, 5));
		assignment(s0, v3, "COMPLETED", "2");
		r2 = request("集計R2", "OPEN", a4);
		long s2 = shift(r2, 1, inYear(11, 5));
		assignment(s2, v1, "COMPLETED", "2");
		r3 = request("集計R3", "DRAFT", a1);
		long s3 = shift(r3, 1, inYear(11, 6));
		assignment(s3, v3, "APPROVED", null);
	}

	// ---- consultations

	long topic(String code, long... actions) {
		long id = jdbc.sql("""
				insert into consultation_topic (code, name_ja, name_en, slot_minutes, position)
				values (:code, :code, :code, 30, 99) returning id""").param("code", code).query(Long.class).single();
		for (long node : scope(actions)) {
			jdbc.sql("insert into consultation_topic_plan_scope (topic_id, plan_node_id) values (:t, :n)")
					.param("t", id).param("n", node).update();
		}
		return id;
	}

	void booking(long topic, String channel, String status, LocalDate day) {
		OffsetDateTime start = at(day, 9).plusMinutes(40L * bookingHour++);
		jdbc.sql("""
				insert into consultation_booking (counselor_id, topic_id, caller_name, channel, starts_at, ends_at,
				    held_until, status, description)
				values (:c, :t, '相談 花子', :ch, :s, :e, :e, :st, '集計テスト')""").param("c", counselorId).param("t", topic)
				.param("ch", channel).param("s", start).param("e", start.plusMinutes(30)).param("st", status).update();
	}

	private void consultations() {
		counselorId = jdbc.sql("insert into counselor (account_id, display_name) values (:a, '集計 相談員') returning id")
				.param("a", accounts.staff().id()).query(Long.class).single();
		t1 = topic(planCode + "-t1", a3);
		t2 = topic(planCode + "-t2", a1, a4);
		LocalDate day = inYear(7, 1);
		booking(t1, "COUNTER", "HELD", day);
		booking(t1, "COUNTER", "HELD", day);
		booking(t1, "PHONE", "HELD", day);
		booking(t1, "COUNTER", "NO_SHOW", day);
		booking(t1, "COUNTER", "HELD", inPreviousYear(7, 1));
		booking(t2, "ONLINE", "HELD", day);
	}

	// ---- proposals

	void proposal(Long node, String status, OffsetDateTime created, OffsetDateTime decided) {
		jdbc.sql("""
				insert into course_proposal (proposer_id, theme, outline, proposed_instructor, audience, preferred_times,
				    plan_node_id, status, decided_at, decided_by, created_at)
				values (:p, '集計テストの提案', '概要', '講師', 'だれでも', '土曜の午後', :n, :s, :d,
				    case when :s = 'ADOPTED' then cast(:by as bigint) end, :c)""").param("p", accounts.resident().id())
				.param("n", node).param("s", status).param("d", decided).param("by", staffId).param("c", created)
				.update();
	}

	private void proposals() {
		proposal(a1, "ADOPTED", at(inYear(5, 1), 10), at(inYear(6, 1), 10));
		proposal(m2, "RECEIVED", at(inYear(9, 1), 10), null);
		proposal(a4, "RECEIVED", at(inPreviousYear(9, 1), 10), null);
	}

	List<Long> allNodes() {
		return List.of(g1, d1, m1, a1, a2, m2, a3, g2, d2, m3, a4);
	}
}
