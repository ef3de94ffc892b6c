package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.circle.domain.CircleActivity;
import jp.manabi.portal.support.BrowserTest;

/**
 * A circle's whole start, through the pages only: a resident registers it, staff approve it, a
 * second resident finds it by search, asks to join and is accepted, the leader posts a public
 * event from the circle's management page and the new member signs up for it. The parts have
 * their own journeys; this one proves they connect (the approved circle is found at once, the
 * management page leads to its requests and events).
 */
class CircleLifeJourneyTest extends BrowserTest {

	@Test
	void registeredApprovedFoundJoinedAndSignedUp() {
		var leader = accounts.resident();
		var resident = accounts.resident();
		var staff = accounts.staff();
		String name = "はじめての落語を楽しむ会 " + System.nanoTime();
		String event = "落語の寄席体験 " + System.nanoTime();
		page.setViewportSize(DESKTOP_WIDTH, 900);

		logIn(leader.email(), leader.password());
		open("/mypage/circles/new");
		page.locator("#name").fill(name);
		page.locator("#description").fill("落語を聞いて、小噺を演じてみる会です。");
		page.locator("#categoryCode").selectOption("culture");
		page.locator("#areaCode").selectOption("otsuka");
		field("schedule[0].frequency-WEEKLY").check();
		field("schedule[0].dayOfWeek").selectOption("6");
		field("schedule[0].startsAt").fill("14:00");
		field("schedule[0].endsAt").fill("16:00");
		page.locator("#venue").fill("大塚地域文化創造館");
		page.locator("#memberCount").fill("8");
		page.locator("#recruiting").check();
		page.locator("#recruitingWhom").fill("落語が好きな方ならどなたでも");
		page.locator("#feeYen").fill("500");
		button("登録を申請する").click();
		assertThat(page.locator(".status-label")).hasText("審査中");
		String managePath = path();
		String circleId = managePath.replaceAll(".*/mypage/circles/(\\d+).*", "$1");
		logOut();

		logIn(staff.email(), staff.password());
		open("/admin/circles/" + circleId);
		button("承認して登録する").click();
		assertThat(page.locator(".status-label")).hasText("登録");
		logOut();

		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident.email(), resident.password());
		// Found by a word of its name (typing into the search form has its own journey).
		open("/circles?q=" + java.net.URLEncoder.encode("落語", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.locator(".circle-list")).containsText(name);
		link(name).click();
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator("main")).containsText("毎週土曜日 14:00～16:00");
		assertThat(page.locator("main")).not().containsText(leader.email());
		assertAccessible();
		link("入会希望を送る").click();
		page.locator("#message").fill("土曜の午後なら参加できます。");
		button("入会希望を送る").click();
		assertThat(page.locator("#join-status")).hasText("返事待ち");
		logOut();

		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(leader.email(), leader.password());
		open(managePath);
		assertAccessible();
		link("入会希望").click();
		page.locator("table a").first().click();
		button("承認して会員に加える").click();
		assertThat(page.locator("#join-status")).hasText("承認済み");
		open(managePath);
		link("活動・イベント").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("活動・イベントを掲載する")).click();
		page.getByLabel("公開イベント（だれでも参加でき、申込みも受け付けられます）").check();
		page.getByLabel("タイトル").fill(event);
		page.getByLabel("日付").fill(LocalDate.now(CircleActivity.ZONE).plusDays(10).toString());
		page.getByLabel("開始時刻").fill("14:00");
		page.getByLabel("終了時刻").fill("15:30");
		page.getByLabel("場所").fill("大塚地域文化創造館 和室");
		page.getByLabel("定員（人）").fill("10");
		page.getByLabel("ポータルで参加申込みを受け付ける").check();
		button("保存する").click();
		assertThat(page.locator(".notice")).hasText("活動・イベントを掲載しました。");
		logOut();

		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident.email(), resident.password());
		open("/circles/" + circleId);
		// The circle's page lists its coming activities, each line led by its date.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(event)).click();
		button("参加を申し込む").click();
		assertThat(page.locator(".places-left")).hasText("残り 9人（定員 10人）");
		assertAccessible();
		open("/mypage/events");
		assertThat(page.locator(".my-events")).containsText(event);
	}

	private String path() {
		return page.url().replaceAll("^https?://[^/]+", "");
	}

	private void logIn(String email, String password) {
		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("button[type=submit]").click();
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
