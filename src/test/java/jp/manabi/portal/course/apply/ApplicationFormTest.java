package jp.manabi.portal.course.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.domain.ApplicationRules;
import jp.manabi.portal.course.domain.CourseCatalog;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.WebSession;

/**
 * The application form over HTTP: the course's questions and childcare asked and checked on the
 * server, a confirmation step, the result page; bad input changes nothing and says why.
 */
class ApplicationFormTest extends IntegrationTest {

	@Autowired
	CourseService courseService;

	@Autowired
	CourseCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	ApplyCourses courses;

	@BeforeEach
	void setUp() {
		courses = new ApplyCourses(courseService, jdbc);
	}

	@Test
	void theFormAsksTheCoursesQuestionsChecksThemAndReviewsBeforeApplying() throws Exception {
		long course = courses.withChildcare(10, 2);
		courses.settings(course, ApplicationRules.DEFAULTS, ApplyCourses.FOUR_KINDS);
		var ids = questionIds(course);
		var resident = accounts.resident();
		var web = loggedIn(resident.email(), resident.password());

		String form = web.get("/courses/" + course + "/apply").body();
		assertThat(form).contains("受講のきっかけ", "参加のしかた", "会場", "オンライン", "パソコン歴（年）", "初めての参加ですか",
				"1人目のお子さんの年齢", "受講前の講座の申込み");

		var bad = new HashMap<String, String>();
		bad.put("childcareAges[0]", "9");
		bad.put("answers[" + ids[1] + "]", "屋上");
		bad.put("answers[" + ids[2] + "]", "たくさん");
		var refused = web.submit("/courses/" + course + "/apply", "/courses/" + course + "/apply/confirm", bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("託児は1歳から6歳までのお子さんが対象です。", "この質問には回答が必要です。",
				"選択肢の中から選んでください。", "半角数字で入力してください。", "入力内容を確認してください", "error-summary");
		assertThat(countApplications(course)).isZero();

		var good = goodAnswers(ids);
		var review = web.submit("/courses/" + course + "/apply", "/courses/" + course + "/apply/confirm", good);
		assertThat(review.body()).contains("申込み内容の確認", "希望する（お子さんの年齢：3歳）", "友人の紹介", "オンライン", "はい");
		assertThat(countApplications(course)).as("the review step takes nothing").isZero();

		var applied = web.submit("/courses/" + course + "/apply", "/courses/" + course + "/apply", good);
		assertThat(applied.statusCode()).isEqualTo(302);
		String location = applied.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/mypage/applications/\\d+");
		var result = web.get(location.substring(location.indexOf("/mypage")));
		assertThat(result.body()).contains("受講確定", "友人の紹介", "希望する（お子さんの年齢：3歳）", "車いすで参加します");
		assertThat(jdbc.sql("select cardinality(childcare_ages) from course_application where course_id = ?")
				.param(course).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from course_application_answer a join course_application c on c.id = a.application_id where c.course_id = ?")
				.param(course).query(Integer.class).single()).isEqualTo(4);
		assertThat(Mails.awaitText(greenMail, resident.email(), 1)).contains("受講が確定しています");

		var twice = web.submit("/courses/" + course + "/apply", "/courses/" + course + "/apply", good);
		assertThat(twice.body()).contains("この講座にはすでに申し込んでいます。");
		assertThat(countApplications(course)).isEqualTo(1);
	}

	@Test
	void editingFromTheReviewStepKeepsWhatWasEntered() {
		long course = courses.withChildcare(10, 2);
		courses.settings(course, ApplicationRules.DEFAULTS, ApplyCourses.FOUR_KINDS);
		var ids = questionIds(course);
		var resident = accounts.resident();
		var web = loggedIn(resident.email(), resident.password());
		var good = goodAnswers(ids);
		good.put("edit", "true");
		var back = web.submit("/courses/" + course + "/apply", "/courses/" + course + "/apply", good);
		assertThat(back.body()).contains("確認へ進む", ">友人の紹介</textarea>", "value=\"3\"");
		assertThat(countApplications(course)).isZero();
	}

	@Test
	void anotherResidentsApplicationCanNeitherBeSeenNorCancelled() {
		long course = courses.firstCome(5);
		var owner = accounts.resident();
		var ownerWeb = loggedIn(owner.email(), owner.password());
		var applied = ownerWeb.submit("/courses/" + course + "/apply", "/courses/" + course + "/apply", Map.of());
		String location = applied.headers().firstValue("Location").orElseThrow();
		long applicationId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		var other = accounts.resident();
		var otherWeb = loggedIn(other.email(), other.password());
		assertThat(otherWeb.get("/mypage/applications/" + applicationId).statusCode()).isEqualTo(404);
		var cancel = otherWeb.submit("/mypage/applications", "/mypage/applications/" + applicationId + "/cancel", Map.of());
		assertThat(cancel.statusCode()).isEqualTo(302);
		assertThat(otherWeb.get("/mypage/applications").body()).contains("その申込みは見つかりません。");
		assertThat(status(applicationId)).isEqualTo("CONFIRMED");
		assertThat(ownerWeb.get("/mypage/applications/" + applicationId).statusCode()).isEqualTo(200);
	}

	@Test
	void aTamperedCourseIdOrOneNotOpenGetsAPageNotAnError() {
		var resident = accounts.resident();
		var web = loggedIn(resident.email(), resident.password());
		assertThat(web.get("/courses/999999999/apply").statusCode()).isEqualTo(404);
		assertThat(web.get("/courses/abc/apply").statusCode()).isIn(400, 404);

		long cancelled = courses.firstCome(5);
		courseService.cancel(cancelled, "講師の都合のため", null);
		assertThat(web.get("/courses/" + cancelled + "/apply").body()).contains("この講座は中止になったため、申し込めません。");
		var posted = web.submit("/courses/" + cancelled + "/apply", "/courses/" + cancelled + "/apply", Map.of());
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(posted.body()).contains("中止になったため");
		assertThat(countApplications(cancelled)).isZero();

		long closed = courses.firstCome(5);
		jdbc.sql("update course set application_opens_at = now() - interval '10 days', application_closes_at = now() - interval '1 day' where id = ?")
				.param(closed).update();
		var late = web.submit("/courses/" + closed + "/apply", "/courses/" + closed + "/apply", Map.of());
		assertThat(late.body()).contains("この講座の申込み受付期間ではありません。");
		assertThat(countApplications(closed)).isZero();
	}

	@Test
	void childrensAgesOutOfRangeOrTooManyAreRefusedBesideTheField() {
		long course = courses.withChildcare(10, 5);
		var resident = accounts.resident();
		var web = loggedIn(resident.email(), resident.password());
		var fields = Map.of("childcareAges[0]", "0", "childcareAges[1]", "-3", "childcareAges[2]", "二");
		var refused = web.submit("/courses/" + course + "/apply", "/courses/" + course + "/apply", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("託児は1歳から6歳までのお子さんが対象です。", "半角数字で入力してください。");
		var tooMany = web.submit("/courses/" + course + "/apply", "/courses/" + course + "/apply",
				Map.of("childcareAges[0]", "3", "childcareAges[1]", "3", "childcareAges[2]", "3", "childcareAges[7]", "3"));
		assertThat(tooMany.body()).contains("託児は3人までです。");
		var tampered = web.submit("/courses/" + course + "/apply", "/courses/" + course + "/apply",
				Map.of("childcareAges[100000]", "3"));
		assertThat(tampered.statusCode()).isLessThan(500);
		assertThat(countApplications(course)).isZero();
	}

	private HashMap<String, String> goodAnswers(long[] ids) {
		var good = new HashMap<String, String>();
		good.put("childcareAges[0]", "3");
		good.put("answers[" + ids[0] + "]", "友人の紹介");
		good.put("answers[" + ids[1] + "]", "オンライン");
		good.put("answers[" + ids[2] + "]", "12");
		good.put("answers[" + ids[3] + "]", "yes");
		good.put("needs", "車いすで参加します");
		return good;
	}

	private long[] questionIds(long course) {
		return catalog.findWithQuestions(course).orElseThrow().getQuestions().stream()
				.mapToLong(question -> question.getId()).toArray();
	}

	private WebSession loggedIn(String email, String password) {
		var web = session();
		web.logIn(email, password);
		return web;
	}

	private int countApplications(long course) {
		return jdbc.sql("select count(*) from course_application where course_id = ?").param(course)
				.query(Integer.class).single();
	}

	private String status(long application) {
		return jdbc.sql("select status from course_application where id = ?").param(application).query(String.class)
				.single();
	}
}
