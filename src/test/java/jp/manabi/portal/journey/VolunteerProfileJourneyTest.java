package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.volunteer.domain.ProfileService;

/**
 * A resident registers as a volunteer with skills and free times (on a phone, grid included),
 * staff approve it (on a desktop), the volunteer sees 登録 and the talent bank shows the public parts.
 */
class VolunteerProfileJourneyTest extends BrowserTest {

	@Autowired
	ProfileService service;

	@Test
	void residentRegistersStaffApproveTheTalentBankShowsThePublicParts() {
		var resident = accounts.resident();
		var staff = accounts.staff();
		String expertise = "小学校の書写" + System.nanoTime();

		logIn(resident.email(), resident.password());
		open("/mypage");
		link("ボランティア・人材バンク").click();
		assertThat(page.locator("h1")).hasText("ボランティア・人材バンクへの登録");
		assertAccessible();

		// A first try with a mistake: a date that does not exist.
		page.getByLabel("書道", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("書道のレベル").selectOption("3");
		page.getByLabel("読み聞かせ", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("講師として講座を持てる").check();
		page.locator("#expertise").fill(expertise);
		page.locator("#experience").fill("書道教室を10年開いています。");
		page.getByLabel("土曜日 午前").check();
		page.getByLabel("水曜日 夜間（17時以降）").check();
		page.locator("#unavailableDates").fill("2027-02-30");
		page.getByLabel("目白", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("活動できる地区を公開する").check();
		page.getByLabel("専門分野を公開する").check();
		// The weekly grid fits a phone: its region scrolls rather than the page.
		assertThat(page.locator(".availability-grid")).isVisible();
		button("登録を申請する").click();
		assertThat(page.locator(".error-summary")).isVisible();
		assertThat(field("unavailableDates-error")).isVisible();
		assertThat(page.getByLabel("書道のレベル")).hasValue("3");
		assertAccessible();
		page.locator("#unavailableDates").fill("2027-03-01");
		button("登録を申請する").click();
		assertThat(page.locator(".notice")).containsText("登録を申請しました");
		assertThat(page.locator(".status-label")).hasText("登録申請中");
		assertAccessible();
		logOut();

		// Staff approve it, on a desktop.
		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(staff.email(), staff.password());
		open("/admin");
		link("ボランティア・人材バンク（登録者）").click();
		assertThat(page.locator("h1")).hasText("ボランティア・人材バンク（登録者）");
		assertAccessible();
		long profileId = service.mine(resident.id()).orElseThrow().getId();
		page.locator("a[href='/admin/volunteers/" + profileId + "']").first().click();
		assertThat(page.locator("main")).containsText(resident.email());
		assertAccessible();
		button("承認して登録する").click();
		assertThat(page.locator(".notice")).containsText("登録しました");
		assertThat(page.locator(".status-label")).hasText("登録");
		assertAccessible();
		open("/admin/volunteers/skills");
		assertAccessible();
		logOut();

		// The volunteer sees 登録, on the phone again; the talent bank shows the public parts only.
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident.email(), resident.password());
		open("/mypage/volunteer");
		assertThat(page.locator(".status-label")).hasText("登録");
		assertAccessible();
		link("人材バンク（人材情報の提供）").click();
		page.getByLabel("講師として講座を持てる人").check();
		page.locator("#area").selectOption("mejiro");
		button("絞り込む").click();
		Locator card = page.locator(".talent-card", new Page.LocatorOptions().setHasText(expertise));
		assertThat(card).containsText("登録者 No." + profileId);
		assertThat(card).containsText("文化・芸術 > 書道（教えられる）");
		assertThat(card).containsText("目白");
		assertThat(card).not().containsText("書道教室を10年");
		assertThat(card).not().containsText("試験 太郎");
		assertAccessible();
	}

	private void logIn(String email, String password) {
		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		button("ログインする").click();
		completeTwoFactor(email);
		page.waitForURL(url -> !url.contains("/login"));
	}

	private void logOut() {
		context.clearCookies();
	}

	private Locator field(String id) {
		return page.locator("[id='" + id + "']");
	}

	private Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
	}
}
