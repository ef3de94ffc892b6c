package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.volunteer.domain.AssignmentStatus;
import jp.manabi.portal.volunteer.domain.WorkTestData;
import jp.manabi.portal.support.BrowserTest;

/**
 * Staff invite a registered volunteer, who accepts on マイページ (on a phone); staff log the hours
 * of an earlier shift; the volunteer finds the history, the total hours and the certificate. An
 * organisation sees its applicant without name or contact. axe-core on every page.
 */
class VolunteerWorkJourneyTest extends BrowserTest {

	@Autowired
	WorkTestData data;

	@Test
	void invitedAcceptedHoursLoggedAndTheCertificateShowsThem() {
		var staff = accounts.staff();
		var volunteer = accounts.resident();
		long profile = data.registeredProfile(volunteer.id());
		String title = "英語の授業サポート " + System.nanoTime();
		var request = data.staffRequest(staff.id(), title, 2);
		data.assignment(request.shift(0), profile, AssignmentStatus.APPROVED, null);
		String board = "/admin/volunteers/requests/" + request.requestId() + "/assignments";

		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(staff.email(), staff.password());
		open(board);
		assertThat(page.locator("h1")).hasText("「" + title + "」の応募者");
		assertAccessible();
		page.getByLabel("登録者 No.").fill(String.valueOf(profile));
		page.getByLabel("日時").selectOption(String.valueOf(request.shift(1)));
		page.getByLabel("ボランティアへのメッセージ（任意）").fill("英語の得意な方にお願いしています。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("依頼する")).click();
		assertThat(page.locator(".notice")).hasText("ボランティアに依頼しました。");
		assertAccessible();
		logOut();

		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(volunteer.email(), volunteer.password());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ボランティアの応募・活動履歴")).click();
		assertThat(page.locator("h1")).hasText("ボランティア活動（応募・依頼・履歴）");
		assertThat(page.locator(".work-current")).containsText("依頼中");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("「" + title + "」の依頼を受ける").setExact(true))
				.click();
		assertThat(page.locator(".notice")).hasText("依頼を受けました。当日よろしくお願いします。");
		assertThat(page.locator(".work-current")).containsText("承認");
		assertAccessible();
		logOut();

		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(staff.email(), staff.password());
		open(board);
		var pastShift = page.locator("[data-shift='" + request.shift(0) + "']");
		pastShift.getByLabel("試験 太郎さんの活動時間（時間、0.25刻み）").fill("2.5");
		pastShift.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("活動時間を記録する")).click();
		assertThat(page.locator(".notice")).hasText("活動時間を記録しました。");
		assertThat(page.locator("[data-shift='" + request.shift(0) + "'] .applicant-status")).hasText("完了");
		assertAccessible();
		logOut();

		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(volunteer.email(), volunteer.password());
		open("/mypage/volunteer/work");
		assertThat(page.locator(".work-history")).containsText(title);
		assertThat(page.locator(".total-hours")).hasText("これまでの活動時間の合計：2.5時間");
		assertAccessible();
		page.locator(".work-years a").first().click();
		assertThat(page.locator("h1")).hasText("活動証明書");
		assertThat(page.locator(".certificate-activities")).containsText(title);
		assertThat(page.locator(".certificate-total")).hasText("2.5");
		assertThat(page.locator(".certificate-issuer")).hasText("豊島区");
		assertAccessible();
	}

	@Test
	void anOrganisationSeesItsApplicantWithoutNameOrContact() {
		var orgAccount = accounts.create(Set.of(Role.ORGANISATION));
		long organisation = data.organisation(orgAccount.id(), "区立池袋小学校 " + System.nanoTime());
		String title = "読み聞かせ " + System.nanoTime();
		var request = data.organisationRequest(organisation, orgAccount.id(), title);
		var volunteer = accounts.resident();
		long profile = data.registeredProfile(volunteer.id());
		data.assignment(request.shift(1), profile, AssignmentStatus.APPLIED, null);

		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(orgAccount.email(), orgAccount.password());
		open("/partner/requests/" + request.requestId() + "/assignments");
		assertThat(page.locator(".applicant-name")).hasText("登録者 No." + profile);
		assertThat(page.locator(".applicant-email")).hasCount(0);
		assertThat(page.locator(".applicant-message")).hasText("よろしくお願いします");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録者 No." + profile + "さんを承認する"))
				.click();
		assertThat(page.locator(".notice")).hasText("承認しました。");
		assertThat(page.locator(".applicant-status")).hasText("承認");
		page.setViewportSize(PHONE_WIDTH, 844);
		assertAccessible();
	}

	private void logIn(String email, String password) {
		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("button[type=submit]").click();
		completeTwoFactor(email);
		assertThat(page.locator("h1")).hasText("マイページ");
	}

	private void logOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
	}
}
