package jp.manabi.portal.course.admin;

import static jp.manabi.portal.course.admin.CourseAdminTestData.FIRST_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseRepository;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.WebSession;

/** The staff course form: every field is checked, rules show beside their field, lost updates are refused. */
class CourseAdminFormTest extends IntegrationTest {

	@Autowired
	CourseService service;

	@Autowired
	CourseRepository courses;

	WebSession staff;

	@BeforeEach
	void logInAsStaff() {
		var account = accounts.staff();
		staff = session();
		staff.logIn(account.email(), account.password());
	}

	@Autowired
	jp.manabi.portal.plan.Plans plans;

	@Test
	void staffLinkACourseToAPlanActionAndUnlinkIt() {
		var action = plans.linkTargets().get(1);
		var fields = CourseAdminTestData.validForm("計画につながる講座 " + System.nanoTime());
		fields.put("planNodeIds", String.valueOf(action.id()));
		var response = staff.submit("/admin/courses/new", "/admin/courses/new", fields);
		long id = CourseAdminTestData.idIn(location(response));
		assertThat(courses.findWithEverything(id).orElseThrow().getPlanNodeIds()).containsExactly(action.id());
		assertThat(staff.get("/admin/courses/" + id + "/edit").body())
				.contains("id=\"plan-node-" + action.id() + "\" checked");

		// A tampered id is refused beside the field, and nothing is linked.
		var tampered = CourseAdminTestData.validForm("改ざんされた取組み " + System.nanoTime());
		tampered.put("planNodeIds", "999999999");
		var refused = staff.submit("/admin/courses/new", "/admin/courses/new", tampered);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"planNodeIds-error\"");
	}

	@Test
	void createsACourseWithItsSessionsIgnoringEmptyRows() {
		String title = "スマホ入門 " + System.nanoTime();
		var response = staff.submit("/admin/courses/new", "/admin/courses/new", CourseAdminTestData.validForm(title));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		long id = CourseAdminTestData.idIn(location(response));

		var course = courses.findWithEverything(id).orElseThrow();
		assertThat(course.getTitle()).isEqualTo(title);
		assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
		assertThat(course.getSessions()).hasSize(1);
		assertThat(course.getApplicationClosesAt())
				.isEqualTo(FIRST_SESSION.minusDays(7).atTime(17, 0).atZone(Course.ZONE).toInstant());

		var edit = staff.get("/admin/courses/" + id + "/edit");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("講座を下書きとして作成しました。", title, "value=\"" + FIRST_SESSION + "\"",
				"value=\"10:00\"", "id=\"sessions[1].date\"").doesNotContain("id=\"sessions[2].date\"");
	}

	@Test
	void everyBadFieldGetsItsMessageBesideIt() {
		var fields = CourseAdminTestData.validForm("");
		fields.put("summary", "x".repeat(501));
		fields.put("categoryCode", "");
		fields.put("organizerName", "<script>");
		fields.put("online", "false");
		fields.put("capacity", "0");
		fields.put("feeYen", "-1");
		fields.put("applicationOpensDate", "2026-13-45");
		fields.put("applicationOpensTime", "25:99");
		fields.put("minAge", "abc");
		fields.put("maxAge", "130");
		fields.put("childcareOffered", "true");
		fields.put("childcareMinAge", "5");
		fields.put("childcareMaxAge", "2");
		fields.put("sessions[0].date", "");
		fields.put("sessions[1].startsAt", "10:00");
		fields.put("sessions[1].endsAt", "09:00");

		var response = staff.submit("/admin/courses/new", "/admin/courses/new", fields);

		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(body).contains("class=\"error-summary\"");
		assertError(body, "title", "入力してください。");
		assertError(body, "summary", "500文字以内で入力してください。");
		assertError(body, "categoryCode", "入力してください。");
		assertError(body, "organizerName", "使えない文字");
		assertError(body, "venueId", "会場を選ぶか、オンライン開催にしてください。");
		assertError(body, "capacity", "1以上の数を入力してください。");
		assertError(body, "feeYen", "0以上の数を入力してください。");
		assertError(body, "applicationOpensDate", "日付として読めません。");
		assertError(body, "applicationOpensTime", "時刻として読めません。");
		assertError(body, "minAge", "半角数字で入力してください。");
		assertError(body, "maxAge", "120以下の数を入力してください。");
		assertError(body, "childcareCapacity", "託児ありの場合は入力してください。");
		assertError(body, "childcareMaxAge", "上限は下限以上にしてください。");
		assertError(body, "sessions[0].date", "日付を入力してください。");
		assertError(body, "sessions[1].date", "日付を入力してください。");
		assertError(body, "sessions[1].endsAt", "終了は開始より後の時刻にしてください。");
		// What was typed comes back, so nothing has to be typed twice.
		assertThat(body).contains("value=\"2026-13-45\"");
		assertThat(body).contains("aria-invalid=\"true\"").doesNotContain("Exception");
	}

	@Test
	void aWindowClosingAfterTheFirstSessionIsRefusedBesideTheClosingDate() {
		var fields = CourseAdminTestData.validForm("締切の遅い講座");
		fields.put("applicationClosesDate", FIRST_SESSION.toString());
		fields.put("applicationClosesTime", "11:00");

		var response = staff.submit("/admin/courses/new", "/admin/courses/new", fields);

		assertThat(response.statusCode()).isEqualTo(200);
		assertError(response.body(), "applicationClosesDate", "締切は、初回の開始より前にしてください。");
	}

	@Test
	void aWindowClosingBeforeItOpensIsRefused() {
		var fields = CourseAdminTestData.validForm("締切が先の講座");
		fields.put("applicationClosesDate", FIRST_SESSION.minusMonths(2).toString());

		var response = staff.submit("/admin/courses/new", "/admin/courses/new", fields);

		assertError(response.body(), "applicationClosesDate", "締切は、受付開始より後にしてください。");
	}

	@Test
	void anUnknownCategoryFromTheServiceIsShownBesideTheCategory() {
		var fields = CourseAdminTestData.validForm("分類のない講座");
		fields.put("categoryCode", "no-such-category");

		var response = staff.submit("/admin/courses/new", "/admin/courses/new", fields);

		assertError(response.body(), "categoryCode", "この分類は登録されていません。");
	}

	@Test
	void theAddRowButtonAddsAnEmptyRowWithoutShowingErrors() {
		var fields = CourseAdminTestData.validForm("");
		fields.put("addSession", "1");

		var response = staff.submit("/admin/courses/new", "/admin/courses/new", fields);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"sessions[2].date\"", "value=\"" + FIRST_SESSION + "\"")
				.doesNotContain("error-summary", "title-error");
	}

	@Test
	void theRemoveButtonRemovesItsRow() {
		var fields = CourseAdminTestData.validForm("行の削除");
		fields.put("sessions[1].date", FIRST_SESSION.plusDays(7).toString());
		fields.put("sessions[1].startsAt", "13:00");
		fields.put("sessions[1].endsAt", "15:00");
		fields.put("removeSession", "0");

		var response = staff.submit("/admin/courses/new", "/admin/courses/new", fields);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("value=\"" + FIRST_SESSION.plusDays(7) + "\"", "value=\"13:00\"",
				"id=\"sessions[1].date\"").doesNotContain("value=\"" + FIRST_SESSION + "\"", "id=\"sessions[2].date\"");
	}

	@Test
	void editingSavesChangesAndReplacesSessions() {
		long id = service.create(CourseAdminTestData.details("編集前"), CourseAdminTestData.oneSession());
		var course = courses.findWithEverything(id).orElseThrow();
		var fields = CourseAdminTestData.validForm("編集後");
		fields.put("version", String.valueOf(course.getVersion()));
		fields.put("sessions[1].date", FIRST_SESSION.plusDays(7).toString());
		fields.put("sessions[1].startsAt", "18:30");
		fields.put("sessions[1].endsAt", "20:00");

		var response = staff.submit("/admin/courses/" + id + "/edit", "/admin/courses/" + id + "/edit", fields);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		var saved = courses.findWithEverything(id).orElseThrow();
		assertThat(saved.getTitle()).isEqualTo("編集後");
		assertThat(saved.getSessions()).extracting(s -> s.getStartsAt()).containsExactly(LocalTime.of(10, 0),
				LocalTime.of(18, 30));
	}

	@Test
	void aStaleVersionGivesTheConflictPage() {
		long id = service.create(CourseAdminTestData.details("二人で編集"), CourseAdminTestData.oneSession());
		long opened = courses.findById(id).orElseThrow().getVersion();
		// Someone else saves first.
		service.update(id, opened, CourseAdminTestData.details("先に保存"), CourseAdminTestData.oneSession());

		var fields = CourseAdminTestData.validForm("後から保存");
		fields.put("version", String.valueOf(opened));
		var response = staff.submit("/admin/courses/" + id + "/edit", "/admin/courses/" + id + "/edit", fields);

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("ほかの人が先に変更しました");
		assertThat(courses.findById(id).orElseThrow().getTitle()).isEqualTo("先に保存");
	}

	@Test
	void residentsAreRefusedAndUnknownCoursesAreNotFound() {
		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), resident.password());
		assertThat(web.get("/admin/courses").statusCode()).isEqualTo(403);
		assertThat(web.get("/admin/courses/new").statusCode()).isEqualTo(403);
		assertThat(web.get("/admin/courses/import").statusCode()).isEqualTo(403);
		assertThat(web.get("/admin/courses/venues").statusCode()).isEqualTo(403);

		assertThat(staff.get("/admin/courses/987654321/edit").statusCode()).isEqualTo(404);
		assertThat(staff.get("/admin/courses/venues/987654321/edit").statusCode()).isEqualTo(404);
		assertThat(staff.get("/admin/courses/categories/no-such-code/edit").statusCode()).isEqualTo(404);
		var publish = staff.submit("/admin/courses/new", "/admin/courses/987654321/publish", Map.of());
		assertThat(publish.statusCode()).isEqualTo(404);
		assertThat(publish.body()).contains("ページが見つかりません").doesNotContain("Exception");
	}

	@Test
	void publishingWithoutSessionsIsRefusedWithAMessage() {
		long id = service.create(CourseAdminTestData.details("日程のない講座"), List.of());

		var response = staff.submit("/admin/courses/" + id + "/edit", "/admin/courses/" + id + "/publish", Map.of());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(staff.get("/admin/courses/" + id + "/edit").body()).contains("日程が1回もないため、公開できません。");
		assertThat(courses.findById(id).orElseThrow().getStatus()).isEqualTo(CourseStatus.DRAFT);
	}

	@Test
	void publishUnpublishCancelWithReasonAndDuplicate() {
		long id = service.create(CourseAdminTestData.details("操作する講座"), CourseAdminTestData.oneSession());
		String edit = "/admin/courses/" + id + "/edit";

		staff.submit(edit, "/admin/courses/" + id + "/publish", Map.of());
		assertThat(courses.findById(id).orElseThrow().getStatus()).isEqualTo(CourseStatus.PUBLISHED);
		assertThat(staff.get(edit).body()).contains("講座を公開しました。", "公開中");

		staff.submit(edit, "/admin/courses/" + id + "/unpublish", Map.of());
		assertThat(courses.findById(id).orElseThrow().getStatus()).isEqualTo(CourseStatus.DRAFT);

		var noReason = staff.submit(edit, "/admin/courses/" + id + "/cancel", Map.of("reason", "  "));
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertError(noReason.body(), "reason", "入力してください。");
		assertThat(courses.findById(id).orElseThrow().getStatus()).isEqualTo(CourseStatus.DRAFT);

		var copy = staff.submit(edit, "/admin/courses/" + id + "/duplicate", Map.of("weeks", "52"));
		assertThat(copy.statusCode()).isEqualTo(302);
		long copyId = CourseAdminTestData.idIn(location(copy));
		assertThat(copyId).isNotEqualTo(id);
		var duplicate = courses.findWithEverything(copyId).orElseThrow();
		assertThat(duplicate.getStatus()).isEqualTo(CourseStatus.DRAFT);
		assertThat(duplicate.getSessions().get(0).getDate()).isEqualTo(FIRST_SESSION.plusWeeks(52));

		var badWeeks = staff.submit(edit, "/admin/courses/" + id + "/duplicate", Map.of("weeks", "0"));
		assertError(badWeeks.body(), "weeks", "1以上の数を入力してください。");

		var cancelled = staff.submit(edit, "/admin/courses/" + id + "/cancel", Map.of("reason", "講師の急病のため"));
		assertThat(cancelled.statusCode()).isEqualTo(302);
		var course = courses.findById(id).orElseThrow();
		assertThat(course.getStatus()).isEqualTo(CourseStatus.CANCELLED);
		assertThat(course.getCancelReason()).isEqualTo("講師の急病のため");
	}

	@Test
	void theListFiltersAndClampsThePageNumber() {
		String marker = "一覧" + System.nanoTime();
		long draft = service.create(CourseAdminTestData.details(marker + " 下書き"), CourseAdminTestData.oneSession());
		long published = service.create(CourseAdminTestData.details(marker + " 公開"), CourseAdminTestData.oneSession());
		service.publish(published);

		var all = staff.get("/admin/courses?q=" + encode(marker));
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.body()).contains(marker + " 下書き", marker + " 公開", "/admin/courses/" + draft + "/edit", "2件の講座");

		var onlyPublished = staff.get("/admin/courses?status=PUBLISHED&q=" + encode(marker));
		assertThat(onlyPublished.body()).contains(marker + " 公開").doesNotContain(marker + " 下書き");

		var past = staff.get("/admin/courses?term=past&q=" + encode(marker));
		assertThat(past.body()).contains("0件の講座").doesNotContain(marker + " 公開");

		var farPage = staff.get("/admin/courses?page=9999&q=" + encode(marker));
		assertThat(farPage.statusCode()).isEqualTo(200);
		assertThat(farPage.body()).contains(marker + " 公開");
		assertThat(staff.get("/admin/courses?page=abc&status=nonsense&term=x").statusCode()).isEqualTo(200);

		var percent = staff.get("/admin/courses?q=%25%25" + encode(marker));
		assertThat(percent.body()).contains("0件の講座");
	}

	@Test
	void venuesAreValidatedCreatedAndEdited() {
		var empty = new LinkedHashMap<String, String>();
		empty.put("name", "");
		empty.put("address", "");
		empty.put("areaCode", "atlantis");
		var invalid = staff.submit("/admin/courses/venues/new", "/admin/courses/venues/new", empty);
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertError(invalid.body(), "name", "入力してください。");
		assertError(invalid.body(), "address", "入力してください。");
		assertError(invalid.body(), "areaCode", "一覧から地区を選んでください。");

		String name = "区民センター" + System.nanoTime();
		var venue = new LinkedHashMap<String, String>();
		venue.put("name", name);
		venue.put("nameEn", "Community Centre");
		venue.put("room", "第1会議室");
		venue.put("address", "豊島区東池袋1-1-1");
		venue.put("access", "池袋駅から徒歩5分");
		venue.put("barrierFreeNotes", "エレベーターあり");
		venue.put("areaCode", "higashi-ikebukuro");
		var created = staff.submit("/admin/courses/venues/new", "/admin/courses/venues/new", venue);
		assertThat(created.statusCode()).isEqualTo(302);
		String list = staff.get("/admin/courses/venues").body();
		assertThat(list).contains(name, "東池袋");

		var again = staff.submit("/admin/courses/venues/new", "/admin/courses/venues/new", venue);
		assertError(again.body(), "name", "同じ施設名・部屋の会場がすでに登録されています。");

		var matcher = Pattern.compile("/admin/courses/venues/(\\d+)/edit\">" + name).matcher(list);
		assertThat(matcher.find()).isTrue();
		String edit = "/admin/courses/venues/" + matcher.group(1) + "/edit";
		// A course at the venue: saving the venue also refreshes the course in the search index.
		var d = CourseAdminTestData.details("会場の講座");
		service.create(new CourseDetails(d.title(), null, d.summary(), null, "", "it",
				d.organizerType(), d.organizerName(), Long.valueOf(matcher.group(1)), false, 10, 0,
				d.applicationOpensAt(), d.applicationClosesAt(), d.selectionMethod(), d.eligibility(), null, null, false,
				null, null, null, false, false, d.audiences()), CourseAdminTestData.oneSession());
		venue.put("room", "第2会議室");
		venue.put("version", "0");
		assertThat(staff.submit(edit, edit, venue).statusCode()).isEqualTo(302);
		assertThat(staff.get(edit).body()).contains("第2会議室");
		assertThat(staff.submit(edit, edit, venue).statusCode()).as("stale version").isEqualTo(409);
	}

	@Test
	void categoriesAreValidatedCreatedAndRenamed() {
		var bad = new LinkedHashMap<String, String>();
		bad.put("code", "IT Course");
		bad.put("nameJa", "");
		bad.put("nameEn", "Computers");
		bad.put("position", "x");
		var invalid = staff.submit("/admin/courses/categories/new", "/admin/courses/categories/new", bad);
		assertError(invalid.body(), "code", "半角の英小文字・数字・ハイフンで入力してください。");
		assertError(invalid.body(), "nameJa", "入力してください。");
		assertError(invalid.body(), "position", "半角数字で入力してください。");

		String code = "test-" + System.nanoTime();
		var category = new LinkedHashMap<String, String>();
		category.put("code", code);
		category.put("nameJa", "試験の分類");
		category.put("nameEn", "Test category");
		category.put("position", "500");
		assertThat(staff.submit("/admin/courses/categories/new", "/admin/courses/categories/new", category)
				.statusCode()).isEqualTo(302);
		assertThat(staff.get("/admin/courses/categories").body()).contains(code, "試験の分類");
		assertError(staff.submit("/admin/courses/categories/new", "/admin/courses/categories/new", category).body(),
				"code", "このコードの分類はすでにあります。");

		String edit = "/admin/courses/categories/" + code + "/edit";
		category.put("nameJa", "改名した分類");
		assertThat(staff.submit(edit, edit, category).statusCode()).isEqualTo(302);
		assertThat(staff.get("/admin/courses/categories").body()).contains("改名した分類");
	}

	private static void assertError(String body, String field, String message) {
		String marker = "id=\"" + field + "-error\"";
		assertThat(body).as("an error beside " + field).contains(marker);
		int at = body.indexOf(marker);
		String paragraph = body.substring(at, body.indexOf("</p>", at));
		assertThat(paragraph).as("the error beside " + field).contains(message);
		assertThat(body).as(field + " points to its error").containsPattern(
				"aria-describedby=\"[^\"]*" + Pattern.quote(field + "-error") + "\"");
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(response.body()));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
