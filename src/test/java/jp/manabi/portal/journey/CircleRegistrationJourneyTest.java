package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.support.BrowserTest;

/**
 * A resident registers a circle with a schedule (on a phone), staff approve it in /admin/circles
 * (on a desktop), and the leader sees it registered on マイページ.
 */
class CircleRegistrationJourneyTest extends BrowserTest {

	@Test
	void residentRegistersStaffApproveLeaderSeesItRegistered() {
		var leader = accounts.resident();
		var staff = accounts.staff();
		String name = "旅の水彩会" + System.nanoTime();

		logIn(leader.email(), leader.password());
		open("/mypage");
		link("サークル・団体の登録と管理").click();
		assertThat(page.locator("h1")).hasText("サークル・団体の管理");
		assertAccessible();
		link("サークル・団体を登録する").click();
		assertThat(page.locator("h1")).hasText("サークル・団体の登録");
		assertAccessible();

		// A first try with a mistake: the schedule's end before its start.
		page.locator("#name").fill(name);
		page.locator("#description").fill("水彩画を楽しむ会です。");
		page.locator("#categoryCode").selectOption("culture");
		page.locator("#areaCode").selectOption("higashi-ikebukuro");
		field("schedule[0].frequency-MONTHLY").check();
		field("schedule[0].weeks-2").check();
		field("schedule[0].weeks-4").check();
		field("schedule[0].dayOfWeek").selectOption("2");
		field("schedule[0].startsAt").fill("19:00");
		field("schedule[0].endsAt").fill("18:00");
		page.locator("#venue").fill("区民センター 第2会議室");
		page.locator("#memberCount").fill("12");
		button("登録を申請する").click();
		assertThat(page.locator(".error-summary")).isVisible();
		assertThat(field("schedule[0].endsAt-error")).isVisible();
		assertThat(page.locator("#name")).hasValue(name);
		assertAccessible();
		field("schedule[0].endsAt").fill("21:00");
		button("登録を申請する").click();
		assertThat(page.locator(".notice")).containsText("登録を申請しました");
		assertThat(page.locator("main")).containsText("第2・第4火曜日 19:00～21:00");
		assertThat(page.locator(".status-label")).hasText("審査中");
		assertAccessible();
		logOut();

		// Staff approve it, on a desktop.
		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(staff.email(), staff.password());
		open("/admin");
		link("サークル・団体の審査").click();
		assertThat(page.locator("h1")).hasText("サークル・団体の審査");
		assertAccessible();
		link(name).click();
		assertThat(page.locator("main")).containsText(leader.email());
		assertAccessible();
		button("承認して登録する").click();
		assertThat(page.locator(".notice")).containsText("承認しました");
		assertThat(page.locator(".status-label")).hasText("登録");
		assertAccessible();
		logOut();

		// The leader sees it registered, on the phone again.
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(leader.email(), leader.password());
		open("/mypage/circles");
		Locator card = page.locator(".circle-card", new Page.LocatorOptions().setHasText(name));
		assertThat(card.locator(".status-label")).hasText("登録");
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
