package jp.manabi.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/** The audit log's search and export, exports of personal data, the retention job, the privacy notice. */
class AuditAndRetentionTest extends IntegrationTest {

	@Autowired
	PrivacyFixtures fixtures;

	@Autowired
	CourseApplicationService applications;

	@Autowired
	PrivacyRetentionJob retention;

	@Autowired
	JdbcClient jdbc;

	private WebSession loggedIn(TestAccounts.Created who) {
		var web = session();
		web.logIn(who.email(), who.password());
		return web;
	}

	@Test
	void anAdministratorFindsAStaffViewOfPersonalDataWithWhoWhenAndWhere() {
		var staff = accounts.staff();
		long course = fixtures.course(5);
		applications.applyFirstCome(course, accounts.resident().id());
		assertThat(loggedIn(staff).get("/admin/courses/" + course + "/applications").statusCode()).isEqualTo(200);

		var admin = loggedIn(accounts.admin());
		var page = admin.get("/admin/audit?actor=" + staff.email() + "&action=VIEW&from=" + LocalDate.now().minusDays(1)
				+ "&to=" + LocalDate.now().plusDays(1));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("試験 太郎", "127.0.0.1", String.valueOf(course), "1件");

		var none = admin.get("/admin/audit?actor=nobody-" + System.nanoTime() + "@test.manabi.example");
		assertThat(none.body()).contains("0件");
	}

	@Test
	void theAuditCsvNamesItsExporterAndIsItselfAudited() {
		var staff = accounts.staff();
		long course = fixtures.course(5);
		loggedIn(staff).get("/admin/courses/" + course + "/applications");
		var adminAccount = accounts.admin();
		var csv = loggedIn(adminAccount).get("/admin/audit/export.csv?actor=" + staff.email());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		var lines = csv.body().split("\r\n");
		assertThat(lines[0]).contains("出力者：試験 太郎");
		assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where actor_account_id = ? and action = 'EXPORT' and subject_type = 'audit_entry'""")
				.param(adminAccount.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyAdministratorsSeeTheAuditLogAndEditTheNotice() {
		var staff = loggedIn(accounts.staff());
		assertThat(staff.get("/admin/audit").statusCode()).isEqualTo(403);
		assertThat(staff.get("/admin/audit/export.csv").statusCode()).isEqualTo(403);
		assertThat(staff.get("/admin/privacy").statusCode()).isEqualTo(403);
	}

	@Test
	void theApplicationsCsvNamesItsExporterAndIsAudited() {
		var staffAccount = accounts.staff();
		long course = fixtures.course(5);
		applications.applyFirstCome(course, accounts.resident().id());
		var csv = loggedIn(staffAccount).get("/admin/courses/" + course + "/applications.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("試験 太郎");
		assertThat(jdbc.sql("select count(*) from audit_entry where actor_account_id = ? and action = 'EXPORT'")
				.param(staffAccount.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void retentionErasesOldCounterApplicationsAndKeepsRecentOnes() {
		long oldCourse = fixtures.course(5);
		long recentCourse = fixtures.course(5);
		jdbc.sql("update course_session set session_date = session_date - interval '6 years' where course_id = ?")
				.param(oldCourse).update();
		long old = counterApplication(oldCourse, "窓口 古い");
		long recent = counterApplication(recentCourse, "窓口 新しい");

		retention.applyOn(LocalDate.now());

		assertThat(jdbc.sql("""
				select applicant_name is null and applicant_phone is null and personal_data_erased_at is not null
				from course_application where id = ?""").param(old).query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select status from course_application where id = ?").param(old).query(String.class)
				.single()).isEqualTo("CONFIRMED");
		assertThat(jdbc.sql("select applicant_name from course_application where id = ?").param(recent)
				.query(String.class).single()).isEqualTo("窓口 新しい");
	}

	@Test
	void retentionErasesOldCounselorNotesAndKeepsRecentOnes() {
		var counselorAccount = accounts.staff();
		long counselor = jdbc.sql("insert into counselor (account_id, display_name) values (?, '保有 相談員') returning id")
				.param(counselorAccount.id()).query(Long.class).single();
		long topic = jdbc.sql("select min(id) from consultation_topic").query(Long.class).single();
		long old = heldBooking(counselor, topic, Instant.now().minus(Duration.ofDays(6 * 366)), "古いメモ");
		long recent = heldBooking(counselor, topic, Instant.now().minus(Duration.ofDays(30)), "新しいメモ");

		retention.applyOn(LocalDate.now());

		assertThat(notes(old)).isEqualTo("（保有期間経過により削除）");
		assertThat(notes(recent)).isEqualTo("新しいメモ");
	}

	@Test
	void retentionDeletesAuditEntriesOlderThanTheAuditRetention() {
		String subject = "retention-" + System.nanoTime();
		jdbc.sql("insert into audit_entry (at, action, subject_type, subject_id) values (?, 'VIEW', 'test', ?)")
				.params(Timestamp.from(Instant.now().minus(Duration.ofDays(6 * 366))), subject + "-old").update();
		jdbc.sql("insert into audit_entry (at, action, subject_type, subject_id) values (?, 'VIEW', 'test', ?)")
				.params(Timestamp.from(Instant.now().minus(Duration.ofDays(4 * 365))), subject + "-recent").update();

		retention.applyOn(LocalDate.now());

		assertThat(jdbc.sql("select subject_id from audit_entry where subject_id like ?").param(subject + "%")
				.query(String.class).list()).containsExactly(subject + "-recent");
	}

	@Test
	void administratorsEditThePrivacyNoticeInBothLanguagesWithHistory() {
		try {
			var admin = loggedIn(accounts.admin());
			var form = admin.get("/admin/privacy");
			assertThat(form.body()).contains("利用目的", "保有期間", "第三者への提供", "開示・訂正・利用停止の請求");
			var saved = admin.submit("/admin/privacy", "/admin/privacy", Map.of(
					"bodyJa", "利用目的\n新しい利用目的です。<script>alert(1)</script>\n\n保有期間\n五年です。",
					"bodyEn", "Purposes\nNew purposes.\n\nRetention\nFive years."));
			assertThat(saved.statusCode()).isEqualTo(302);

			var japanese = session().get("/about/privacy");
			assertThat(japanese.body()).contains("<h2>利用目的</h2>", "新しい利用目的です。&lt;script&gt;")
					.doesNotContain("<script>alert(1)</script>");
			assertThat(session().acceptLanguage("en").get("/about/privacy").body()).contains("New purposes.");
			assertThat(admin.get("/admin/privacy").body()).contains("試験 太郎");
			assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'privacy_notice'")
					.query(Long.class).single()).isPositive();
		}
		finally {
			// The notice is one for the whole site: put the built-in text back for the other tests.
			jdbc.sql("delete from privacy_notice").update();
		}
	}

	@Test
	void theBuiltInNoticeStatesTheRetentionPeriods() {
		assertThat(session().get("/about/privacy").body()).contains("5年", "<h2>保有期間</h2>");
	}

	private long counterApplication(long course, String name) {
		return jdbc.sql("""
				insert into course_application (course_id, status, applicant_name, applicant_furigana, applicant_phone,
				    note) values (?, 'CONFIRMED', ?, 'まどぐち', '03-0000-0000', '窓口のメモ') returning id""")
				.params(course, name).query(Long.class).single();
	}

	private long heldBooking(long counselor, long topic, Instant start, String notes) {
		long booking = jdbc.sql("""
				insert into consultation_booking (counselor_id, topic_id, caller_name, caller_phone, channel, starts_at,
				    ends_at, held_until, status, description)
				values (?, ?, '電話 相談者', '03-1111-1111', 'PHONE', ?, ?, ?, 'HELD', '相談内容') returning id""")
				.params(counselor, topic, Timestamp.from(start), Timestamp.from(start.plusSeconds(1800)),
						Timestamp.from(start.plusSeconds(1800)))
				.query(Long.class).single();
		jdbc.sql("insert into consultation_outcome (booking_id, notes, recorded_by) values (?, ?, "
				+ "(select account_id from counselor where id = ?))").params(booking, notes, counselor).update();
		return booking;
	}

	private String notes(long booking) {
		return jdbc.sql("select notes from consultation_outcome where booking_id = ?").param(booking)
				.query(String.class).single();
	}
}
