package jp.manabi.portal.course.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.domain.CourseApplicationRepository;
import jp.manabi.portal.course.domain.CourseRepository;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.course.domain.LotteryDrawRepository;
import jp.manabi.portal.course.domain.LotteryFixtures;
import jp.manabi.portal.course.domain.LotteryService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/**
 * The lottery over the web: staff see the page, preview (nothing stored) and draw once; every
 * view of names is in the audit log; residents cannot reach the page, and confirm only their own
 * winning application.
 */
class LotteryAdminTest extends IntegrationTest {

	@Autowired
	CourseService courses;

	@Autowired
	CourseRepository courseRepository;

	@Autowired
	CourseApplicationRepository applications;

	@Autowired
	LotteryDrawRepository draws;

	@Autowired
	LotteryService lottery;

	@Autowired
	JdbcClient jdbc;

	LotteryFixtures fixtures;

	TestAccounts.Created staffAccount;

	WebSession staff;

	@BeforeEach
	void logInAsStaff() {
		fixtures = new LotteryFixtures(courses, courseRepository, applications, jdbc);
		staffAccount = accounts.staff();
		staff = session();
		staff.logIn(staffAccount.email(), staffAccount.password());
	}

	@Test
	void staffPreviewThenDrawOnceAndSeeTheResultWithTheSeed() {
		String title = "管理画面の抽選 " + System.nanoTime();
		long course = fixtures.openCourse(title, 2, 2);
		fixtures.rules(course, true, 6, null);
		fixtures.enterAll(course, fixtures.people(5, Residency.LIVES, "ja"));
		String page = "/admin/courses/" + course + "/lottery";

		// Still open: the page says so, and offers no draw button.
		var open = staff.get(page);
		assertThat(open.statusCode()).isEqualTo(200);
		assertThat(open.body()).contains(title).contains("申込みの受付期間が終わってから抽選できます")
				.doesNotContain("/lottery/draw");
		fixtures.close(course);

		var before = staff.get(page).body();
		assertThat(before).contains("抽選の対象（抽選待ちの申込み）").contains("5人").contains("2人")
				.contains("在住の人 → 在勤・在学の人").contains("過去6か月以内").contains("/lottery/draw")
				.doesNotContain("抽選 太郎");
		assertThat(auditEntries(course)).isZero();

		var preview = staff.get(page + "?preview=1");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("プレビュー（保存されていません）").contains("抽選 太郎")
				.contains("ちゅうせん たろう").contains("（在住・最近の受講なし）");
		assertThat(draws.findByCourseId(course)).isEmpty();
		assertThat(applications.countByCourseIdAndStatus(course, ApplicationStatus.ENTERED)).isEqualTo(5);
		assertThat(auditEntries(course)).isEqualTo(1);

		// Without ticking the confirmation nothing is drawn and the page says why.
		var unconfirmed = staff.submit(page, page + "/draw", Map.of());
		assertThat(unconfirmed.statusCode()).isEqualTo(302);
		assertThat(draws.findByCourseId(course)).isEmpty();
		assertThat(staff.get(page).body()).contains("確認の欄にチェックを入れてください");

		var drawn = staff.submit(page, page + "/draw", Map.of("confirm", "yes"));
		assertThat(drawn.statusCode()).isEqualTo(302);
		assertThat(drawn.headers().firstValue("Location").orElseThrow()).endsWith(page);
		var record = draws.findByCourseId(course).orElseThrow();
		assertThat(record.getDrawnBy()).isEqualTo(staffAccount.id());

		var result = staff.get(page).body();
		assertThat(result).contains("抽選しました。当選は2人です。").contains(record.getSeed()).contains("試験 太郎")
				.contains("抽選 太郎").contains("当選").contains("落選").contains("キャンセル待ち").contains("受講確定")
				.doesNotContain("/lottery/draw");
		assertThat(auditEntries(course)).as("the preview and the result, each a view of names").isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where subject_type = 'lottery_draw' and subject_id = :id
				and action = 'VIEW' and actor_account_id = :staff""").param("id", String.valueOf(course))
				.param("staff", staffAccount.id()).query(Long.class).single()).isEqualTo(2);

		// A second draw is refused with a clear message, and changes nothing.
		var again = staff.post(page + "/draw", Map.of("confirm", "yes", "_csrf", staff.csrfFrom("/admin/courses")));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(staff.get(page).body()).contains("この講座はすでに抽選済みです");
		assertThat(draws.findByCourseId(course).orElseThrow().getSeed()).isEqualTo(record.getSeed());

		// The page in English.
		var english = session().acceptLanguage("en");
		english.logIn(staffAccount.email(), staffAccount.password());
		assertThat(english.get(page).body()).contains("Record of the draw").contains("lives here");
	}

	@Test
	void theCoursePageLinksToTheLotteryOfALotteryCourse() {
		long course = fixtures.openCourse("リンクのある抽選 " + System.nanoTime(), 2, null);
		assertThat(staff.get("/admin/courses/" + course + "/edit").body())
				.contains("/admin/courses/" + course + "/lottery");
		assertThat(staff.get("/admin/courses/999999999/lottery").statusCode()).isEqualTo(404);
	}

	@Test
	void residentsCannotReachTheLotteryPage() {
		long course = fixtures.openCourse("住民には見えない抽選 " + System.nanoTime(), 2, null);
		fixtures.enterAll(course, fixtures.people(2, Residency.LIVES, "ja"));
		fixtures.close(course);
		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), resident.password());

		assertThat(web.get("/admin/courses/" + course + "/lottery").statusCode()).isEqualTo(403);
		assertThat(web.get("/admin/courses/" + course + "/lottery?preview=1").statusCode()).isEqualTo(403);
		var post = web.post("/admin/courses/" + course + "/lottery/draw",
				Map.of("confirm", "yes", "_csrf", web.csrfFrom("/mypage/applications")));
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(draws.findByCourseId(course)).isEmpty();
		assertThat(auditEntries(course)).isZero();
	}

	@Test
	void aWinnerConfirmsTheirOwnOfferOnly() {
		long course = fixtures.openCourse("確認する抽選 " + System.nanoTime(), 1, null);
		fixtures.rules(course, false, null, Instant.now().plus(Duration.ofDays(3)));
		var winner = accounts.resident();
		var other = accounts.resident();
		long offered = fixtures.enter(course, winner.id());
		long waiting = fixtures.enter(course, other.id());
		fixtures.close(course);
		lottery.draw(course, null);
		if (applications.findById(offered).orElseThrow().getStatus() != ApplicationStatus.OFFERED) {
			long swap = offered;
			offered = waiting;
			waiting = swap;
		}
		var winnerAccount = applications.findById(offered).orElseThrow().getAccountId() == winner.id() ? winner : other;
		var loserAccount = winnerAccount == winner ? other : winner;

		var loser = session();
		loser.logIn(loserAccount.email(), loserAccount.password());
		// Someone else's application id in the form: refused like an unknown one, nothing changes.
		var tampered = loser.submit("/mypage/applications", "/mypage/applications/" + offered + "/confirm", Map.of());
		assertThat(tampered.headers().firstValue("Location").orElseThrow()).endsWith("/mypage/applications");
		assertThat(loser.get("/mypage/applications").body()).contains("申込みが見つかりません");
		assertThat(applications.findById(offered).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.OFFERED);
		loser.submit("/mypage/applications", "/mypage/applications/" + waiting + "/confirm", Map.of());
		assertThat(loser.get("/mypage/applications").body()).contains("受講の確定が必要な当選ではありません");

		var web = session();
		web.logIn(winnerAccount.email(), winnerAccount.password());
		var confirmed = web.submit("/mypage/applications", "/mypage/applications/" + offered + "/confirm", Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(web.get("/mypage/applications").body()).contains("受講を確定しました");
		assertThat(applications.findById(offered).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
		web.submit("/mypage/applications", "/mypage/applications/" + offered + "/confirm", Map.of());
		assertThat(web.get("/mypage/applications").body()).contains("すでに受講が確定しています");
	}

	private long auditEntries(long course) {
		return jdbc.sql("select count(*) from audit_entry where subject_type = 'lottery_draw' and subject_id = :id")
				.param("id", String.valueOf(course)).query(Long.class).single();
	}
}
