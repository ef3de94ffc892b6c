package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.course.admin.StaffTestCourses;
import jp.manabi.portal.support.BrowserTest;

/**
 * Staff at work on one course: the applicants list, a phone application entered at the counter
 * (first with a mistake), its detail, the roster and the attendance form; every page checked
 * with axe-core on a phone and on a desktop.
 */
class StaffApplicationsJourneyTest extends BrowserTest {

	@Autowired
	StaffTestCourses fixtures;

	@Test
	void staffListEnterACounterApplicationAndTakeAttendance() {
		String title = "職員の一日の講座 " + System.nanoTime();
		long course = fixtures.firstCome(title, 3, 2, 2);
		var questions = fixtures.ask(course, List.of(StaffTestCourses.yesNo("駐車場を使いますか"),
				StaffTestCourses.text("学びたいこと")));
		fixtures.apply(course, fixtures.resident("池袋 花子", "いけぶくろ はなこ", "03-1234-0000"), List.of(3),
				"車いすで参加します", Map.of(questions.get(0), "yes", questions.get(1), "写真の整理"));
		fixtures.apply(course, fixtures.resident("目白 次郎", "めじろ じろう", null));
		var staff = accounts.staff();

		open("/login");
		page.locator("#email").fill(staff.email());
		page.locator("#password").fill(staff.password());
		page.locator("button[type=submit]").click();
		completeTwoFactor(staff.email());
		assertThat(page.locator("h1")).hasText("マイページ");

		open("/admin/courses/" + course + "/edit");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("申込者一覧")).first().click();
		assertThat(page.locator("h1")).hasText("申込者一覧");
		assertThat(page.locator("table")).containsText("池袋 花子");
		assertThat(page.locator("table")).containsText("車いすで参加します");
		bothWidthsAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("窓口・電話の申込みを入力")).first().click();
		assertThat(page.locator("h1")).hasText("窓口・電話での申込み");
		page.locator("#name").fill("巣鴨 三郎");
		page.locator("#phone").fill("でんわ");
		page.locator("[id='childcareAges[0]']").fill("9");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申込みを登録する")).click();
		assertThat(page.locator(".error-summary")).isVisible();
		assertThat(page.locator("#furigana-error")).isVisible();
		assertThat(page.locator("#phone-error")).isVisible();
		assertThat(page.locator("[id='childcareAges[0]-error']")).isVisible();
		bothWidthsAccessible();

		page.locator("#furigana").fill("すがも さぶろう");
		page.locator("#phone").fill(StaffTestCourses.phone());
		page.locator("#areaCode").selectOption("ikebukuro");
		page.locator("[id='childcareAges[0]']").fill("4");
		page.locator("[id='answers[" + questions.get(0) + "]-no']").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申込みを登録する")).click();
		assertThat(page.locator(".notice")).containsText("申込みを登録しました");
		assertThat(page.locator("h1")).hasText("申込みの詳細");
		assertThat(page.locator(".details")).containsText("巣鴨 三郎");
		bothWidthsAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("名簿・出欠")).first().click();
		assertThat(page.locator("h1")).containsText("名簿・出欠");
		assertThat(page.locator("table")).containsText("すがも さぶろう");
		bothWidthsAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("出欠をつける")).click();
		assertThat(page.locator("h1")).containsText("出欠をつける");
		bothWidthsAccessible();
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("出席")).first().check();
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("欠席")).last().check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("出欠を保存する")).click();
		assertThat(page.locator(".notice")).hasText("出欠を保存しました。");
		assertThat(page.locator("main")).containsText("出席 1人・欠席 1人・未記録 1人");
		assertAccessible();
	}

	/** axe-core at phone width, then at desktop width, then back to the phone. */
	private void bothWidthsAccessible() {
		page.setViewportSize(PHONE_WIDTH, 844);
		assertAccessible();
		page.setViewportSize(DESKTOP_WIDTH, 900);
		assertAccessible();
		page.setViewportSize(PHONE_WIDTH, 844);
	}
}
