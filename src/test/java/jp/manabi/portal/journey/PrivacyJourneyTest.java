package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.privacy.PrivacyFixtures;
import jp.manabi.portal.support.BrowserTest;

/**
 * A resident sees and downloads their data, deletes the account and can no longer log in; an
 * administrator finds in the audit log the staff view of personal data made on the way.
 */
class PrivacyJourneyTest extends BrowserTest {

	@Autowired
	PrivacyFixtures fixtures;

	@Autowired
	CourseApplicationService applications;

	@Test
	void aResidentDownloadsAndDeletesTheirDataAndAnAdministratorAuditsTheStaffView() throws Exception {
		var resident = accounts.resident();
		var staff = accounts.staff();
		long course = fixtures.course(5);
		applications.applyFirstCome(course, resident.id());

		// Staff look at the applications (personal data): the audit log gets a VIEW.
		open("/login");
		logIn(staff.email(), staff.password());
		open("/admin/courses/" + course + "/applications");
		assertThat(page.locator("h1")).isVisible();
		logOut();

		// The resident, on a phone: their data as a page and as a file.
		open("/login");
		logIn(resident.email(), resident.password());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("わたしの情報（ダウンロード・退会）")).click();
		assertThat(page.locator("h1")).hasText("わたしの情報");
		assertThat(page.locator("main")).containsText(resident.email());
		assertThat(page.locator("main")).containsText("個人情報試験講座");
		assertThat(page.locator("main")).containsText("相談員が書いた記録");
		assertAccessible();
		var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("JSON形式でダウンロード")).click());
		String json = Files.readString(download.path());
		org.assertj.core.api.Assertions.assertThat(json).contains(resident.email(), "\"courses\"");

		// Deleting: the tick is required, then the password ends the account.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("アカウントを削除する（退会）")).click();
		assertThat(page.locator("h1")).hasText("アカウントの削除（退会）");
		assertAccessible();
		page.locator("#password").fill(resident.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("アカウントを削除する")).click();
		assertThat(page.locator(".error-summary")).containsText("チェックを入れてください");
		assertAccessible();
		page.locator("#password").fill(resident.password());
		page.locator("#understood1").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("アカウントを削除する")).click();
		assertThat(page.locator(".notice")).containsText("アカウントを削除しました");
		assertAccessible();

		open("/login");
		logIn(resident.email(), resident.password());
		assertThat(page.locator("h1")).hasText("ログイン");

		// The administrator, at a desk: the staff member's view is in the log, with where from.
		page.setViewportSize(DESKTOP_WIDTH, 900);
		var admin = accounts.admin();
		open("/login");
		logIn(admin.email(), admin.password());
		open("/admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("操作記録（監査ログ）")).click();
		assertThat(page.locator("h1")).hasText("操作記録（監査ログ）");
		assertAccessible();
		page.locator("#actor").fill(staff.email());
		page.locator("#action").selectOption("VIEW");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索")).click();
		// From where: the browser's address (IPv4 or IPv6 loopback, whichever it used).
		assertThat(page.locator("#audit-entries tbody tr").first().locator("td").nth(2))
				.hasText(java.util.regex.Pattern.compile("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1"));
		assertThat(page.locator("#audit-entries")).containsText(String.valueOf(course));
		assertThat(page.locator("#audit-entries")).containsText("閲覧");
		assertAccessible();

		open("/admin/privacy");
		assertThat(page.locator("h1")).hasText("個人情報の取扱い（編集）");
		assertAccessible();
		open("/about/privacy");
		assertAccessible();
	}

	private void logIn(String email, String password) {
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする")).click();
		completeTwoFactor(email);
	}

	private void logOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
	}
}
