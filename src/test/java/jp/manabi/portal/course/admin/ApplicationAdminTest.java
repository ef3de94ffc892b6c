package jp.manabi.portal.course.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.domain.Applicant;
import jp.manabi.portal.course.domain.ApplicationHistory;
import jp.manabi.portal.course.domain.ApplicationRequest;
import jp.manabi.portal.course.domain.CourseApplicationRepository;
import jp.manabi.portal.course.domain.StaffApplicationService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/**
 * The staff list of a course's applications: what staff see and export, status changes with a
 * reason (who, when, why) that move the waiting list up, refusals that keep capacity, and the
 * audit log of every view, export and change. Residents get 403; another course's application
 * id gets 404.
 */
class ApplicationAdminTest extends IntegrationTest {

	@Autowired
	StaffTestCourses fixtures;

	@Autowired
	CourseApplicationRepository applications;

	@Autowired
	ApplicationHistory history;

	@Autowired
	StaffApplicationService staffService;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffSeeEveryApplicationWithCountsAnswersAndFilters() {
		long course = fixtures.firstCome("一覧の講座 " + System.nanoTime(), 2, 3, 1);
		var questions = fixtures.ask(course, List.of(StaffTestCourses.yesNo("車で来ますか"), StaffTestCourses.text("学びたいこと")));
		var hanako = fixtures.resident("池袋 花子", "いけぶくろ はなこ", null);
		var jiro = fixtures.resident("目白 次郎", "めじろ じろう", null);
		var saburo = fixtures.resident("大塚 三郎", "おおつか さぶろう", null);
		fixtures.apply(course, hanako, List.of(3), "車いすで参加します", Map.of(questions.get(0), "yes",
				questions.get(1), "写真の撮り方"));
		fixtures.apply(course, jiro);
		var waiting = fixtures.apply(course, saburo);
		var staff = accounts.staff();
		staffService.enterAtCounter(course, new Applicant("巣鴨 四郎", "スガモ シロウ", StaffTestCourses.phone(), null,
				"ikebukuro"), ApplicationRequest.NOTHING, staff.id());

		var web = staffSession(staff);
		var page = web.get("/admin/courses/" + course + "/applications");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("池袋 花子", "目白 次郎", "大塚 三郎", "巣鴨 四郎", "車いすで参加します", "1人（3歳）",
				"車で来ますか", "はい", "写真の撮り方", "窓口・電話", "ウェブ", "4件", "0（定員 2）", "2（定員 3）");
		// Waiting in order: 大塚 first, then the counter applicant.
		assertThat(page.body().indexOf("大塚 三郎")).isLessThan(page.body().indexOf("巣鴨 四郎"));

		var onlyWaiting = web.get("/admin/courses/" + course + "/applications?status=WAITING").body();
		assertThat(onlyWaiting).contains("大塚 三郎", "巣鴨 四郎", "2件").doesNotContain("池袋 花子");
		var byKatakana = web.get("/admin/courses/" + course + "/applications?q="
				+ URLEncoder.encode("イケブクロ", StandardCharsets.UTF_8)).body();
		assertThat(byKatakana).contains("池袋 花子", "1件").doesNotContain("目白 次郎");
		var byFurigana = web.get("/admin/courses/" + course + "/applications?q="
				+ URLEncoder.encode("すがも", StandardCharsets.UTF_8)).body();
		assertThat(byFurigana).contains("巣鴨 四郎", "1件");

		var detail = web.get("/admin/courses/" + course + "/applications/" + waiting.applicationId());
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("大塚 三郎", "キャンセル待ち", "（1番目）", "本人");

		var english = session().acceptLanguage("en");
		english.logIn(staff.email(), staff.password());
		assertThat(english.get("/admin/courses/" + course + "/applications").body()).contains("Waiting list",
				"Question in English", "Applicants").doesNotContain("??");

		var views = audit(staff.id(), "VIEW");
		assertThat(views).hasSizeGreaterThanOrEqualTo(5);
		assertThat(views).allSatisfy(entry -> assertThat(entry.get("detail").toString()).doesNotContain("池袋", "いけぶくろ",
				"すがも", "イケブクロ"));
		assertThat(views).anySatisfy(entry -> assertThat(entry.get("detail")).isEqualTo(
				"course=" + course + " status=WAITING search=no rows=2"));
		assertThat(views).anySatisfy(entry -> assertThat(entry.get("subject_id"))
				.isEqualTo(String.valueOf(waiting.applicationId())));
	}

	@Test
	void aResidentGetsForbiddenOnEveryStaffPage() {
		long course = fixtures.firstCome("区民には見えない講座 " + System.nanoTime(), 5, null, 1);
		var person = fixtures.resident("千川 五郎", "せんかわ ごろう", null);
		long application = fixtures.apply(course, person).applicationId();
		var resident = session();
		resident.logIn(person.email(), TestAccounts.PASSWORD);
		String base = "/admin/courses/" + course;
		for (String path : List.of(base + "/applications", base + "/applications.csv", base + "/applications/new",
				base + "/applications/" + application, base + "/roster", base + "/roster.csv",
				base + "/roster/attendance")) {
			assertThat(resident.get(path).statusCode()).as(path).isEqualTo(403);
		}
		String csrf = resident.csrfFrom("/mypage");
		for (String path : List.of(base + "/applications/new", base + "/applications/" + application + "/status",
				base + "/roster/attendance")) {
			assertThat(resident.post(path, Map.of("_csrf", csrf, "status", "CANCELLED", "reason", "x", "session", "1"))
					.statusCode()).as(path).isEqualTo(403);
		}
		assertThat(applications.findById(application).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
	}

	@Test
	void anApplicationOfAnotherCourseIsNotFound() {
		long course = fixtures.firstCome("講座A " + System.nanoTime(), 5, null, 1);
		long other = fixtures.firstCome("講座B " + System.nanoTime(), 5, null, 1);
		long theirs = fixtures.apply(other, fixtures.resident("要町 六子", "かなめちょう むつこ", null)).applicationId();
		var web = staffSession(accounts.staff());
		assertThat(web.get("/admin/courses/" + course + "/applications/" + theirs).statusCode()).isEqualTo(404);
		var response = web.submit("/admin/courses/" + other + "/applications/" + theirs,
				"/admin/courses/" + course + "/applications/" + theirs + "/status",
				Map.of("status", "CANCELLED", "reason", "いたずら"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(applications.findById(theirs).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(web.get("/admin/courses/99999999/applications").statusCode()).isEqualTo(404);
	}

	@Test
	void cancellingWithAReasonRecordsWhoWhenWhyAndPromotesTheNextPerson() throws Exception {
		String title = "取消の講座 " + System.nanoTime();
		long course = fixtures.firstCome(title, 1, null, 1);
		var placed = fixtures.resident("雑司 七海", "ぞうし ななみ", null);
		var next = fixtures.resident("鬼子 八重", "きし やえ", null);
		long placedApplication = fixtures.apply(course, placed).applicationId();
		long nextApplication = fixtures.apply(course, next).applicationId();
		var staff = accounts.staff();
		var web = staffSession(staff);
		String detail = "/admin/courses/" + course + "/applications/" + placedApplication;
		String action = detail + "/status";

		var noReason = web.submit(detail, action, Map.of("status", "CANCELLED", "reason", " "));
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("reason-error", "入力してください");
		assertThat(applications.findById(placedApplication).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.CONFIRMED);

		var done = web.submit(detail, action, Map.of("status", "CANCELLED", "reason", "本人から電話で取消の連絡"));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith(detail);

		var cancelled = applications.findById(placedApplication).orElseThrow();
		assertThat(cancelled.getStatus()).isEqualTo(ApplicationStatus.CANCELLED);
		assertThat(cancelled.getCancelledBy()).isEqualTo(staff.id());
		assertThat(cancelled.getCancelReason()).isEqualTo("本人から電話で取消の連絡");
		var last = history.of(placedApplication).get(history.of(placedApplication).size() - 1);
		assertThat(last.getFromStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(last.getToStatus()).isEqualTo(ApplicationStatus.CANCELLED);
		assertThat(last.getChangedBy()).isEqualTo(staff.id());
		assertThat(last.getReason()).isEqualTo("本人から電話で取消の連絡");
		assertThat(last.getChangedAt()).isNotNull();
		assertThat(applications.findById(nextApplication).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.CONFIRMED);

		var page = web.get(detail).body();
		assertThat(page).contains("申込みを取り消しました。", "受講確定 → 取消", "職員: 試験 太郎", "本人から電話で取消の連絡");
		assertThat(Mails.awaitAll(greenMail, placed.email(), 2)).anySatisfy(text -> assertThat(text)
				.contains("取り消しました").contains("本人から電話で取消の連絡").contains(title));
		assertThat(Mails.awaitAll(greenMail, next.email(), 2)).anySatisfy(text -> assertThat(text)
				.contains("受講が確定しました").contains(title));
		assertThat(audit(staff.id(), "CHANGE")).anySatisfy(entry -> {
			assertThat(entry.get("subject_id")).isEqualTo(String.valueOf(placedApplication));
			assertThat(entry.get("detail")).isEqualTo("course=" + course + " CONFIRMED->CANCELLED");
		});
	}

	@Test
	void aPlaceByHandNeverExceedsSeatsOrChildcare() {
		long course = fixtures.firstCome("定員を守る講座 " + System.nanoTime(), 2, 1, 1);
		long withChild = fixtures.apply(course, fixtures.resident("南池 九子", "みなみいけ くこ", null), List.of(2), null,
				Map.of()).applicationId();
		long secondChild = fixtures.apply(course, fixtures.resident("東池 十和", "ひがしいけ とわ", null), List.of(4), null,
				Map.of()).applicationId();
		long third = fixtures.apply(course, fixtures.resident("西池 一葉", "にしいけ かずは", null)).applicationId();
		// Seat 2 went to the third person: the second needed a childcare place, and there was none.
		assertThat(applications.findById(secondChild).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.WAITING);
		assertThat(applications.findById(third).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
		var staff = accounts.staff();
		var web = staffSession(staff);
		String detail = "/admin/courses/" + course + "/applications/" + secondChild;

		var refused = web.submit(detail, detail + "/status", Map.of("status", "CONFIRMED", "reason", "特別に"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("空きがないため、受講確定にできません（空き席 0、託児の空き 0、この申込みの託児 1人）");
		assertThat(applications.findById(secondChild).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.WAITING);

		// A seat but still no childcare place: refused all the same.
		web.submit("/admin/courses/" + course + "/applications/" + third,
				"/admin/courses/" + course + "/applications/" + third + "/status",
				Map.of("status", "WAITING", "reason", "本人の希望で順番を譲る"));
		assertThat(applications.findById(third).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.WAITING);
		assertThat(web.submit(detail, detail + "/status", Map.of("status", "CONFIRMED", "reason", "特別に")).body())
				.contains("空き席 1、託児の空き 0");

		web.submit("/admin/courses/" + course + "/applications/" + withChild,
				"/admin/courses/" + course + "/applications/" + withChild + "/status",
				Map.of("status", "WAITING", "reason", "託児の枠を譲る"));
		var confirmed = web.submit(detail, detail + "/status", Map.of("status", "CONFIRMED", "reason", "託児の枠が空いた"));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(applications.findById(secondChild).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(applications.countPlacesTaken(course)).isEqualTo(1);
		assertThat(applications.countChildcareTaken(course)).isEqualTo(1);

		assertThat(web.submit(detail, detail + "/status", Map.of("status", "CONFIRMED", "reason", "もう一度")).body())
				.contains("すでにその状態です。");
		assertThat(web.submit(detail, detail + "/status", Map.of("status", "OFFERED", "reason", "不正な状態")).body())
				.contains("選べない状態です。");
	}

	@Test
	void theCsvExportIsExcelReadyAndRecordsWhoExported() {
		long course = fixtures.firstCome("CSVの講座 " + System.nanoTime(), 5, null, 1);
		var questions = fixtures.ask(course, List.of(StaffTestCourses.yesNo("初めてですか")));
		var person = fixtures.resident("高田 三咲", "たかだ みさき", "03-1111-2222");
		fixtures.apply(course, person, List.of(), "段差のない席を希望, \"前の方\"\n二行目", Map.of(questions.get(0), "no"));
		var staff = accounts.staff();
		staffService.enterAtCounter(course, new Applicant("長崎 四葉", "ながさき よつば", "03-3333-4444", null, "ikebukuro"),
				new ApplicationRequest(List.of(), "=1+1", null, Map.of()), staff.id());
		var web = staffSession(staff);

		var response = web.get("/admin/courses/" + course + "/applications.csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv")
				.containsIgnoringCase("utf-8");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
				.contains("attachment", "applications-course" + course + "-");
		String csv = response.body();
		assertThat(csv).startsWith("\uFEFF\"申込み番号\",\"状態\",\"待ち順\",\"氏名\",\"ふりがな\",\"電話番号\"");
		assertThat(csv).contains("\"初めてですか\"", "\"受講確定\"", "\"高田 三咲\"", "\"たかだ みさき\"", "\"03-1111-2222\"",
				"\"段差のない席を希望, \"\"前の方\"\"\n二行目\"", "\"いいえ\"", "\"ウェブ\"", "\"長崎 四葉\"", "\"窓口・電話\"",
				"\"'=1+1\"");
		var lines = csv.split("\r\n");
		assertThat(lines[lines.length - 1]).startsWith("\"出力者: 試験 太郎　出力日時: ");

		var waitingOnly = web.get("/admin/courses/" + course + "/applications.csv?status=WAITING").body();
		assertThat(waitingOnly.split("\r\n")).hasSize(2);

		// The list's CSV link carries the typed search as it was, braces and plus signs included.
		var braces = web.get("/admin/courses/" + course + "/applications?q=%7Bx%7D%2B1");
		assertThat(braces.statusCode()).isEqualTo(200);
		assertThat(braces.body()).contains("/applications.csv?q=%7Bx%7D%2B1");

		var english = session().acceptLanguage("en");
		english.logIn(staff.email(), staff.password());
		assertThat(english.get("/admin/courses/" + course + "/applications.csv").body())
				.startsWith("\uFEFF\"Application no.\",\"Status\"").contains("\"Confirmed\"", "\"Exported by: ");

		assertThat(audit(staff.id(), "EXPORT")).anySatisfy(entry -> {
			assertThat(entry.get("subject_type")).isEqualTo("course_application");
			assertThat(entry.get("detail")).isEqualTo("course=" + course + " status=ALL search=no rows=2");
		});
	}

	private WebSession staffSession(TestAccounts.Created staff) {
		var web = session();
		web.logIn(staff.email(), staff.password());
		return web;
	}

	private List<Map<String, Object>> audit(long actor, String action) {
		return jdbc.sql("select subject_type, subject_id, detail from audit_entry where actor_account_id = :actor and action = :action order by id")
				.param("actor", actor).param("action", action).query().listOfRows();
	}
}
