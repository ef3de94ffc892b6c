package jp.manabi.portal.course.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.domain.Applicant;
import jp.manabi.portal.course.domain.ApplicationRequest;
import jp.manabi.portal.course.domain.StaffApplicationService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/**
 * Rosters per session (people with a place, in furigana order, printable, as CSV) and
 * attendance: marks saved with who marked them, absences adding up to no-show counts across
 * courses, shown on the roster and the applications list.
 */
class RosterTest extends IntegrationTest {

	@Autowired
	StaffTestCourses fixtures;

	@Autowired
	StaffApplicationService staffService;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRosterListsThePeopleWithAPlaceInFuriganaOrder() {
		long course = fixtures.firstCome("名簿の講座 " + System.nanoTime(), 3, 2, 2);
		var wa = fixtures.resident("和田 わか", "わだ わか", "03-5555-0001");
		var a = fixtures.resident("青木 あい", "あおき あい", null);
		fixtures.apply(course, wa, List.of(2, 5), "車いすを使います", Map.of());
		fixtures.apply(course, a);
		var staff = accounts.staff();
		// Katakana furigana sorts with hiragana: カ comes between あ and わ.
		staffService.enterAtCounter(course, new Applicant("加藤 かな", "カトウ カナ", StaffTestCourses.phone(), null,
				"ikebukuro"), ApplicationRequest.NOTHING, staff.id());
		var waiting = fixtures.resident("待田 まち", "まちだ まち", null);
		fixtures.apply(course, waiting);

		var web = staffSession(staff);
		var page = web.get("/admin/courses/" + course + "/roster");
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("青木 あい", "加藤 かな", "和田 わか", "03-5555-0001", "2人（2, 5歳）", "車いすを使います",
				"第1回", "受講確定 3人（出席 0人・欠席 0人・未記録 3人）", "/css/print.css").doesNotContain("待田 まち");
		assertThat(body.indexOf("青木 あい")).isLessThan(body.indexOf("加藤 かな"));
		assertThat(body.indexOf("加藤 かな")).isLessThan(body.indexOf("和田 わか"));
		assertThat(web.get("/admin/courses/" + course + "/applications").body()).doesNotContain("print.css");

		var csv = web.get("/admin/courses/" + course + "/roster.csv").body();
		assertThat(csv).startsWith("\uFEFF\"名簿の講座 ");
		var lines = csv.split("\r\n");
		assertThat(lines[1]).isEqualTo("\"氏名\",\"ふりがな\",\"電話番号\",\"託児（子どもの年齢）\",\"配慮が必要なこと\",\"出欠\",\"欠席回数\"");
		assertThat(lines[2]).startsWith("\"青木 あい\"");
		assertThat(lines[4]).isEqualTo("\"和田 わか\",\"わだ わか\",\"03-5555-0001\",\"2, 5\",\"車いすを使います\",\"\",\"0\"");
		assertThat(lines[5]).startsWith("\"出力者: 試験 太郎");

		var entries = jdbc.sql("select action, subject_type, detail from audit_entry where actor_account_id = :actor order by id")
				.param("actor", staff.id()).query().listOfRows();
		assertThat(entries).anySatisfy(entry -> assertThat(entry).containsEntry("action", "VIEW")
				.containsEntry("subject_type", "course_roster").containsEntry("detail", "course=" + course + " rows=3"));
		assertThat(entries).anySatisfy(entry -> assertThat(entry).containsEntry("action", "EXPORT")
				.containsEntry("subject_type", "course_roster"));
	}

	@Test
	void attendanceIsSavedAndAbsencesAddUpToNoShowsAcrossCourses() {
		long first = fixtures.firstCome("出欠の講座 " + System.nanoTime(), 5, null, 2);
		long second = fixtures.firstCome("次の講座 " + System.nanoTime(), 5, null, 1);
		var came = fixtures.resident("出席 いち", "しゅっせき いち", null);
		var missed = fixtures.resident("欠席 に", "けっせき に", null);
		long cameApplication = fixtures.apply(first, came).applicationId();
		long missedApplication = fixtures.apply(first, missed).applicationId();
		long missedAgain = fixtures.apply(second, missed).applicationId();
		var staff = accounts.staff();
		var web = staffSession(staff);
		var sessions = sessionsOf(first);

		mark(web, first, sessions.get(0), Map.of(cameApplication, "present", missedApplication, "absent"));
		mark(web, first, sessions.get(1), Map.of(cameApplication, "present", missedApplication, "absent"));
		mark(web, second, sessionsOf(second).get(0), Map.of(missedAgain, "absent"));

		var marks = jdbc.sql("select present, marked_by from course_attendance where application_id = :id")
				.param("id", missedApplication).query().listOfRows();
		assertThat(marks).hasSize(2).allSatisfy(row -> assertThat(row).containsEntry("present", false)
				.containsEntry("marked_by", staff.id()));

		var roster = web.get("/admin/courses/" + second + "/roster").body();
		assertThat(roster).contains("欠席 に", "出席 0人・欠席 1人");
		assertThat(noShowsOn(web.get("/admin/courses/" + second + "/applications").body(), "欠席 に")).isEqualTo("3");
		assertThat(noShowsOn(web.get("/admin/courses/" + first + "/applications").body(), "出席 いち")).isEqualTo("0");

		// A mark can be changed; people left out keep theirs.
		mark(web, first, sessions.get(1), Map.of(missedApplication, "present"));
		assertThat(noShowsOn(web.get("/admin/courses/" + second + "/applications").body(), "欠席 に")).isEqualTo("2");
		assertThat(jdbc.sql("select count(*) from course_attendance where application_id = :id and present")
				.param("id", cameApplication).query(Long.class).single()).isEqualTo(2);

		var form = web.get("/admin/courses/" + first + "/roster/attendance?session=" + sessions.get(0)).body();
		assertThat(form).contains("name=\"attendance[" + cameApplication + "]\"", "欠席 にさんの出欠");
		assertThat(jdbc.sql("select count(*) from audit_entry where actor_account_id = :actor and action = 'CHANGE' and subject_type = 'course_attendance'")
				.param("actor", staff.id()).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void aSessionOrApplicationOfAnotherCourseIsNotFound() {
		long course = fixtures.firstCome("名簿A " + System.nanoTime(), 5, null, 1);
		long other = fixtures.firstCome("名簿B " + System.nanoTime(), 5, null, 1);
		long theirs = fixtures.apply(other, fixtures.resident("他所 さん", "よそ さん", null)).applicationId();
		long mine = fixtures.apply(course, fixtures.resident("自分 さん", "じぶん さん", null)).applicationId();
		var web = staffSession(accounts.staff());
		long otherSession = sessionsOf(other).get(0);
		long mySession = sessionsOf(course).get(0);

		assertThat(web.get("/admin/courses/" + course + "/roster?session=" + otherSession).statusCode()).isEqualTo(404);
		assertThat(web.get("/admin/courses/" + course + "/roster.csv?session=" + otherSession).statusCode())
				.isEqualTo(404);
		var tampered = new LinkedHashMap<String, String>();
		tampered.put("session", String.valueOf(mySession));
		tampered.put("attendance[" + mine + "]", "present");
		tampered.put("attendance[" + theirs + "]", "absent");
		var response = web.submit("/admin/courses/" + course + "/roster/attendance", "/admin/courses/" + course + "/roster/attendance",
				tampered);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from course_attendance where application_id in (:ids)")
				.param("ids", List.of(mine, theirs)).query(Long.class).single()).isZero();
	}

	private void mark(WebSession web, long course, long session, Map<Long, String> marks) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("session", String.valueOf(session));
		marks.forEach((application, mark) -> fields.put("attendance[" + application + "]", mark));
		var response = web.submit("/admin/courses/" + course + "/roster/attendance?session=" + session,
				"/admin/courses/" + course + "/roster/attendance", fields);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/roster?session=" + session);
	}

	private List<Long> sessionsOf(long course) {
		return jdbc.sql("select id from course_session where course_id = :id order by position").param("id", course)
				.query(Long.class).list();
	}

	/** The last cell of the person's row in the applications list: their no-show count. */
	private static String noShowsOn(String page, String name) {
		int row = page.indexOf(name);
		int end = page.indexOf("</tr>", row);
		String cells = page.substring(row, end);
		int last = cells.lastIndexOf("<td>");
		return cells.substring(last + 4, cells.indexOf("</td>", last)).strip();
	}

	private WebSession staffSession(TestAccounts.Created staff) {
		var web = session();
		web.logIn(staff.email(), staff.password());
		return web;
	}
}
