package jp.manabi.portal.course.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.WebSession;

/** Staff set a course's deadlines, lottery tiers and questions; residents cannot. */
class ApplicationSettingsPageTest extends IntegrationTest {

	@Autowired
	CourseService courseService;

	@Autowired
	CourseApplicationService applications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffSetRulesAndQuestionsWhichThenShowOnTheForm() {
		var courses = new ApplyCourses(courseService, jdbc);
		long course = courses.lottery(20);
		var staff = staffSession();
		String page = "/admin/courses/" + course + "/application-settings";
		assertThat(staff.get(page).body()).contains("申込みの設定・質問", "在住の方を優先");

		var fields = new HashMap<String, String>();
		fields.put("lotteryResidentsFirst", "true");
		fields.put("lotteryFirstTimerMonths", "12");
		fields.put("questions[0].kind", "CHOICE");
		fields.put("questions[0].label", "希望する曜日");
		fields.put("questions[0].choices", "月曜\n木曜");
		fields.put("questions[0].required", "true");
		fields.put("questions[1].kind", "TEXT");
		fields.put("questions[1].label", "");
		var saved = staff.submit(page, page, fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select lottery_first_timer_months from course where id = ?").param(course)
				.query(Integer.class).single()).isEqualTo(12);
		assertThat(jdbc.sql("select choices from course_question where course_id = ?").param(course)
				.query(String.class).single()).isEqualTo("月曜\n木曜");

		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), resident.password());
		assertThat(web.get("/courses/" + course + "/apply").body()).contains("希望する曜日", "月曜", "木曜");
		assertThat(web.get(page).statusCode()).isEqualTo(403);
	}

	@Test
	void badRowsAndBadDatesAreShownBesideTheirFields() {
		long course = new ApplyCourses(courseService, jdbc).firstCome(20);
		var staff = staffSession();
		String page = "/admin/courses/" + course + "/application-settings";
		var refused = staff.submit(page, page, Map.of("questions[0].kind", "CHOICE", "questions[0].label", "色",
				"questions[0].choices", "赤", "questions[1].kind", "NUMBER", "questions[1].label", "人数",
				"questions[1].minValue", "5", "questions[1].maxValue", "1", "cancellationDeadline", "明日"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("選択肢を2つ以上", "最大値は最小値以上にしてください。", "日時として読めません");
		assertThat(jdbc.sql("select count(*) from course_question where course_id = ?").param(course)
				.query(Integer.class).single()).isZero();

		var late = staff.submit(page, page, Map.of("cancellationDeadline", "2099-01-01T10:00"));
		assertThat(late.body()).contains("取消しの期限は、最初の回の開始より前にしてください。");
	}

	private WebSession staffSession() {
		var staff = accounts.staff();
		var web = session();
		web.logIn(staff.email(), staff.password());
		return web;
	}
}
