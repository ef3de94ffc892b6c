package jp.manabi.portal.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.PersonalDetails;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.admin.StaffTestCourses;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.TestAccounts;

/**
 * Applications staff take at the counter or by phone: the same capacity rules as a resident's
 * own, no second application with one phone number, the form's checks beside their fields, and
 * the claim: once the person signs up and verifies their email, the application is theirs.
 */
class CounterApplicationTest extends IntegrationTest {

	@Autowired
	StaffTestCourses fixtures;

	@Autowired
	StaffApplicationService service;

	@Autowired
	CourseApplicationRepository applications;

	@Autowired
	ApplicationHistory history;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbc;

	@Test
	void counterApplicationsTakePlacesLikeResidentsThenWait() {
		long course = fixtures.firstCome("窓口の講座 " + System.nanoTime(), 2, 1, 1);
		var staff = accounts.staff();
		fixtures.apply(course, fixtures.resident("要 一", "かなめ はじめ", null));

		var withChild = service.enterAtCounter(course, person("千早 二葉", StaffTestCourses.phone(), null),
				new ApplicationRequest(List.of(3), "補聴器を使います", "午前中に連絡", Map.of()), staff.id());
		var full = service.enterAtCounter(course, person("千早 三太", StaffTestCourses.phone(), null),
				ApplicationRequest.NOTHING, staff.id());
		var alsoFull = service.enterAtCounter(course, person("千早 四季", StaffTestCourses.phone(), null),
				ApplicationRequest.NOTHING, staff.id());

		assertThat(withChild.status()).isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(full.status()).isEqualTo(ApplicationStatus.WAITING);
		assertThat(full.waitingPosition()).isEqualTo(1);
		assertThat(alsoFull.waitingPosition()).isEqualTo(2);
		var taken = applications.findById(withChild.applicationId()).orElseThrow();
		assertThat(taken.getAccountId()).isNull();
		assertThat(taken.getEnteredBy()).isEqualTo(staff.id());
		assertThat(taken.isTakenAtCounter()).isTrue();
		assertThat(taken.getChildcareAges()).containsExactly(3);
		assertThat(taken.getNeeds()).isEqualTo("補聴器を使います");
		assertThat(history.of(taken.getId())).singleElement().satisfies(change -> {
			assertThat(change.getFromStatus()).isNull();
			assertThat(change.getChangedBy()).isEqualTo(staff.id());
		});
		assertThat(applications.countPlacesTaken(course)).isEqualTo(2);

		long lottery = fixtures.lottery("窓口の抽選講座 " + System.nanoTime(), 1);
		assertThat(service.enterAtCounter(lottery, person("千早 五月", StaffTestCourses.phone(), null),
				ApplicationRequest.NOTHING, staff.id()).status()).isEqualTo(ApplicationStatus.ENTERED);
	}

	@Test
	void theSamePhoneTwiceOnOneCourseIsRefusedHoweverItIsWritten() {
		long course = fixtures.firstCome("二重申込みの講座 " + System.nanoTime(), 5, null, 1);
		var staff = accounts.staff();
		String phone = StaffTestCourses.phone();
		long first = service.enterAtCounter(course, person("小竹 六郎", phone, null), ApplicationRequest.NOTHING,
				staff.id()).applicationId();
		String sameDigitsInFullWidth = toFullWidth(phone.replace("-", ""));

		assertThatThrownBy(() -> service.enterAtCounter(course, person("小竹 六郎", sameDigitsInFullWidth, null),
				ApplicationRequest.NOTHING, staff.id())).isInstanceOf(ApplicationRefused.class)
				.hasMessage("course-staff.refused.samePhone");

		// A resident on the course with that number in their account counts too.
		String residentPhone = StaffTestCourses.phone();
		fixtures.apply(course, fixtures.resident("小竹 七菜", "こたけ なな", residentPhone));
		assertThatThrownBy(() -> service.enterAtCounter(course, person("小竹 七菜", residentPhone, null),
				ApplicationRequest.NOTHING, staff.id())).hasMessage("course-staff.refused.samePhone");

		// Once the first is cancelled, the number may apply again.
		service.change(course, first, ApplicationStatus.CANCELLED, "本人の申し出", staff.id());
		assertThat(service.enterAtCounter(course, person("小竹 六郎", phone, null), ApplicationRequest.NOTHING,
				staff.id()).status()).isEqualTo(ApplicationStatus.CONFIRMED);
	}

	@Test
	void theCounterFormShowsEachProblemBesideItsField() {
		long course = fixtures.firstCome("窓口フォームの講座 " + System.nanoTime(), 5, 2, 1);
		var questions = fixtures.ask(course, List.of(StaffTestCourses.yesNo("駐車場を使いますか")));
		var staff = accounts.staff();
		var web = session();
		web.logIn(staff.email(), staff.password());
		String form = "/admin/courses/" + course + "/applications/new";
		assertThat(web.get(form).body()).contains("窓口・電話での申込み", "駐車場を使いますか", "1人目の年齢",
				"1歳から6歳まで");

		var bad = new LinkedHashMap<String, String>();
		bad.put("name", "");
		bad.put("furigana", "Taro");
		bad.put("phone", "電話");
		bad.put("email", "not-an-email");
		bad.put("areaCode", "nowhere");
		bad.put("childcareAges[0]", "");
		bad.put("childcareAges[1]", "12");
		bad.put("answers[" + questions.get(0) + "]", "maybe");
		var response = web.submit(form, form, bad);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("name-error", "furigana-error", "phone-error", "email-error",
				"areaCode-error", "childcareAges[0]-error", "answers[" + questions.get(0) + "]-error",
				"ひらがなかカタカナで", "一覧から地区を選んでください");
		// The age given in the second box moved to the first, beside its problem.
		assertThat(response.body()).contains("id=\"childcareAges[0]\"").contains("value=\"12\"");

		var good = new LinkedHashMap<String, String>();
		String phone = StaffTestCourses.phone();
		good.put("name", "落合 八千代");
		good.put("furigana", "おちあい やちよ");
		good.put("phone", phone);
		good.put("email", "");
		good.put("areaCode", "ikebukuro");
		good.put("childcareAges[0]", "4");
		good.put("needs", "");
		good.put("note", "電話で受付");
		good.put("answers[" + questions.get(0) + "]", "yes");
		var saved = web.submit(form, form, good);
		assertThat(saved.statusCode()).isEqualTo(302);
		String location = URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath();
		assertThat(location).startsWith("/admin/courses/" + course + "/applications/");
		var detail = web.get(location).body();
		assertThat(detail).contains("申込みを登録しました。受講が確定しています。", "落合 八千代", "1人（4歳）", "電話で受付",
				"窓口・電話（入力: 試験 太郎）", "なし（同じメールアドレスか電話番号で登録すると");
		var application = applications.findById(Long.valueOf(location.substring(location.lastIndexOf('/') + 1)))
				.orElseThrow();
		assertThat(jdbc.sql("select answer from course_application_answer where application_id = :id")
				.param("id", application.getId()).query(String.class).list()).containsExactly("yes");
		assertThat(application.getApplicantEmail()).isNull();

		good.put("name", "落合 八千代");
		var twice = web.submit(form, form, good);
		assertThat(twice.statusCode()).isEqualTo(200);
		assertThat(twice.body()).contains("phone-error", "この電話番号の方は、すでにこの講座に申し込んでいます（申込み番号 "
				+ application.getId() + "）");
	}

	@Test
	void signingUpWithTheSameEmailOrPhoneClaimsTheCounterApplications() throws Exception {
		var staff = accounts.staff();
		String phone = StaffTestCourses.phone();
		String email = "counter-" + System.nanoTime() + "@test.manabi.example";
		long byEmail = fixtures.firstCome("メールで引き継ぐ講座 " + System.nanoTime(), 5, null, 1);
		long byPhone = fixtures.firstCome("電話で引き継ぐ講座 " + System.nanoTime(), 5, null, 1);
		long alreadyTheirs = fixtures.firstCome("すでに申込み済みの講座 " + System.nanoTime(), 5, null, 1);
		long viaEmail = service.enterAtCounter(byEmail, person("目白 九重", StaffTestCourses.phone(), email.toUpperCase()),
				ApplicationRequest.NOTHING, staff.id()).applicationId();
		long viaPhone = service.enterAtCounter(byPhone, person("目白 九重", phone, null), ApplicationRequest.NOTHING,
				staff.id()).applicationId();
		long duplicate = service.enterAtCounter(alreadyTheirs, person("目白 九重", phone, null),
				ApplicationRequest.NOTHING, staff.id()).applicationId();
		String otherPhone = StaffTestCourses.phone();
		long someoneElse = service.enterAtCounter(byEmail, person("目白 十", otherPhone, null),
				ApplicationRequest.NOTHING, staff.id()).applicationId();

		// She signs up with the phone written another way; until she verifies, nothing is hers.
		long account = accountService.register(email, TestAccounts.PASSWORD, new PersonalDetails("目白 九重",
				"めじろ ここのえ", writtenAnotherWay(phone), "mejiro", Residency.LIVES, 1980, "ja"));
		// The counter entry for the third course is cancelled and the resident applies there herself first.
		service.change(alreadyTheirs, duplicate, ApplicationStatus.CANCELLED, "二重のため", staff.id());
		long own = applyAsResident(alreadyTheirs, account);
		assertThat(applications.findById(viaEmail).orElseThrow().getAccountId()).isNull();

		// The counter application's own mail went to the same address; the verification link is in the other.
		String verification = Mails.awaitAll(greenMail, email, 2).stream().filter(text -> text.contains("/verify?token="))
				.findFirst().orElseThrow();
		String link = Mails.linkIn(verification, "/verify?token=");
		assertThat(session().get(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery()).statusCode())
				.isEqualTo(200);

		awaitClaimed(viaEmail);
		awaitClaimed(viaPhone);
		assertThat(applications.findById(viaEmail).orElseThrow().getAccountId()).isEqualTo(account);
		assertThat(applications.findById(viaPhone).orElseThrow().getAccountId()).isEqualTo(account);
		assertThat(applications.findById(duplicate).orElseThrow().getAccountId()).as("she already had one there")
				.isNull();
		assertThat(applications.findById(own).orElseThrow().getAccountId()).isEqualTo(account);
		assertThat(applications.findById(someoneElse).orElseThrow().getAccountId()).isNull();
	}

	private long applyAsResident(long course, long account) {
		return fixtures.apply(course, new StaffTestCourses.Person(account, null, null)).applicationId();
	}

	private void awaitClaimed(long applicationId) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 15_000;
		while (applications.findById(applicationId).orElseThrow().getAccountId() == null
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
	}

	private static Applicant person(String name, String phone, String email) {
		return new Applicant(name, "ちはや ふたば", phone, email, "ikebukuro");
	}

	/** 080-1234-5678 as (080) 1234 5678. */
	private static String writtenAnotherWay(String phone) {
		var parts = phone.split("-");
		return "(" + parts[0] + ") " + parts[1] + " " + parts[2];
	}

	private static String toFullWidth(String digits) {
		var result = new StringBuilder();
		digits.chars().forEach(c -> result.append((char) (c - '0' + '０')));
		return result.toString();
	}
}
