package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import jp.manabi.portal.support.BrowserTest;

/**
 * Staff run the catalogue: a venue, a course with two sessions (added with the add-row button,
 * no JavaScript needed), publish, copy for a new term, cancel the copy, import a CSV file.
 */
class CourseAdminJourneyTest extends BrowserTest {

	private static final LocalDate FIRST = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusMonths(3);

	@Test
	void staffCreatePublishCopyCancelAndImportCourses() throws Exception {
		var staff = accounts.staff();
		String marker = "旅" + System.nanoTime();
		String venueName = "区民センター" + marker;

		open("/login");
		assertAccessible();
		page.locator("#email").fill(staff.email());
		page.locator("#password").fill(staff.password());
		button("ログインする").click();
		completeTwoFactor(staff.email());
		open("/admin");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("講座の管理")).click();
		assertThat(page.locator("h1")).hasText("講座の一覧");
		assertAccessible();

		// A venue, after a first try with nothing filled in.
		link("会場の一覧").click();
		assertThat(page.locator("h1")).hasText("会場の一覧");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("会場の登録").setExact(true)).first().click();
		assertAccessible();
		button("保存する").click();
		assertThat(page.locator("#name-error")).isVisible();
		assertThat(page.locator(".error-summary")).isVisible();
		assertAccessible();
		page.locator("#name").fill(venueName);
		page.locator("#room").fill("第1会議室");
		page.locator("#address").fill("豊島区東池袋1-1-1");
		page.locator("#areaCode").selectOption("higashi-ikebukuro");
		page.locator("#access").fill("池袋駅東口から徒歩5分");
		page.locator("#barrierFreeNotes").fill("エレベーター、多目的トイレあり");
		button("保存する").click();
		assertThat(page.locator(".notice")).hasText("会場を登録しました。");
		assertThat(page.locator("table")).containsText(venueName);
		assertAccessible();
		link(venueName).click();
		assertThat(page.locator("h1")).hasText("会場の編集");
		assertThat(page.locator("#room")).hasValue("第1会議室");
		assertAccessible();
		link("会場の一覧").click();

		// A course with two sessions; the second row comes from the add-row button.
		link("講座の作成").click();
		assertThat(page.locator("h1")).hasText("講座の作成");
		assertAccessible();
		page.locator("#title").fill(marker + " はじめての陶芸");
		page.locator("#summary").fill("粘土で湯のみを作ります。");
		page.locator("#categoryCode").selectOption("culture");
		page.locator("#organizerName").fill("学習・スポーツ課");
		page.locator("#venueId").selectOption(new SelectOption().setLabel(venueName + " 第1会議室"));
		page.locator("#capacity").fill("20");
		page.locator("#applicationOpensDate").fill(FIRST.minusMonths(1).toString());
		page.locator("#applicationOpensTime").fill("09:00");
		page.locator("#applicationClosesDate").fill(FIRST.minusDays(7).toString());
		page.locator("#applicationClosesTime").fill("17:00");
		page.locator("#selectionMethod-LOTTERY").check();
		page.locator("#audience-SENIORS").check();
		field("sessions[0].date").fill(FIRST.toString());
		field("sessions[0].startsAt").fill("18:30");
		field("sessions[0].endsAt").fill("20:00");
		button("日程の行を追加").click();
		assertThat(field("sessions[1].date")).isFocused();
		assertThat(page.locator(".error-summary")).hasCount(0);
		assertAccessible();
		field("sessions[1].date").fill(FIRST.plusWeeks(1).toString());
		field("sessions[1].startsAt").fill("18:30");
		field("sessions[1].endsAt").fill("20:00");
		button("保存する").first().click();
		assertThat(page.locator(".notice")).hasText("講座を下書きとして作成しました。");
		assertThat(page.locator("h1")).hasText("講座の編集");
		assertThat(field("sessions[1].date")).hasValue(FIRST.plusWeeks(1).toString());
		assertThat(field("sessions[2].date")).hasValue("");
		assertAccessible();

		button("公開する").click();
		assertThat(page.locator(".notice")).hasText("講座を公開しました。");
		assertThat(page.locator(".status-label")).hasText("公開中");
		assertAccessible();

		assertThat(page.locator("#weeks")).hasValue("52");
		button("複製して下書きを作る").click();
		assertThat(page.locator(".notice")).containsText("講座を複製し、下書きを作成しました。");
		assertThat(page.locator(".status-label")).hasText("下書き");
		assertThat(field("sessions[0].date")).hasValue(FIRST.plusWeeks(52).toString());
		assertAccessible();

		// Cancelling needs a reason; the refusal is announced at the top and shown beside the field.
		button("中止する").click();
		assertThat(page.locator("#reason-error")).isVisible();
		assertThat(page.locator(".error-summary").first()).containsText("入力してください。");
		assertAccessible();
		page.locator("#reason").fill("会場の改修工事のため");
		button("中止する").click();
		assertThat(page.locator(".notice")).hasText("講座を中止にしました。");
		assertThat(page.locator(".status-label")).hasText("中止");
		assertAccessible();

		link("講座の一覧").first().click();
		page.locator("#q").fill(marker);
		button("絞り込む").click();
		assertThat(page.locator("table tbody tr")).hasCount(2);
		assertThat(page.locator("table")).containsText("公開中");
		assertThat(page.locator("table")).containsText("中止");
		assertAccessible();

		// Import: a file with a problem first (nothing imported), then a good one.
		link("CSVファイルから一括登録").click();
		assertThat(page.locator("h1")).hasText("CSVファイルから一括登録");
		assertAccessible();
		String header = "title,summary,description,category_code,organizer_type,organizer_name,venue_id,online,"
				+ "capacity,fee_yen,application_opens,application_closes,selection_method,eligibility,min_age,max_age,"
				+ "childcare,childcare_capacity,childcare_min_age,childcare_max_age,easy_japanese,english_support,"
				+ "audiences,sessions\r\n";
		String good = marker + " 取込講座,概要です。,,it,DEPARTMENT,学習・スポーツ課,,true,15,0," + FIRST.minusMonths(1)
				+ " 09:00," + FIRST.minusDays(7) + " 17:00,FIRST_COME,ANYONE,,,false,,,,false,false,EVERYONE," + FIRST
				+ " 10:00-12:00\r\n";
		var bad = Files.createTempFile("courses-bad", ".csv");
		Files.write(bad, (header + good + good.replace(",15,", ",0,")).getBytes(StandardCharsets.UTF_8));
		page.locator("#file").setInputFiles(bad);
		button("確認して登録する").click();
		assertThat(page.locator(".import-report")).containsText("capacity");
		assertThat(page.locator(".error-summary")).containsText("講座は1件も登録していません。");
		assertAccessible();
		var file = Files.createTempFile("courses", ".csv");
		Files.write(file, (header + good).getBytes("Windows-31J"));
		page.locator("#file").setInputFiles(file);
		button("確認して登録する").click();
		assertThat(page.getByText("1件の講座を下書きとして登録しました。")).isVisible();
		assertAccessible();
		Files.delete(bad);
		Files.delete(file);
		open("/admin/courses/import?uploadTooLarge=true");
		assertThat(page.locator(".error-summary")).containsText("ファイルが大きすぎます。");
		assertAccessible();

		link("講座の分類").first().click();
		assertThat(page.locator("table")).containsText("文化・芸術");
		assertAccessible();
		link("文化・芸術").click();
		assertThat(page.locator("h1")).hasText("分類の編集");
		assertAccessible();
		link("講座の分類").first().click();
		link("分類の追加").click();
		page.locator("#code").fill("Bad Code");
		button("保存する").click();
		assertThat(page.locator("#code-error")).isVisible();
		assertAccessible();
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** Session inputs have ids with brackets, as their names. */
	private Locator field(String id) {
		return page.locator("[id='" + id + "']");
	}
}
