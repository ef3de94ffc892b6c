package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.circle.CircleFixtures;
import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.support.TestAccounts;

/**
 * 入会希望 in a browser: a resident finds a circle, reads its page and asks to join; the leader
 * reads the request on マイページ, replies and accepts; the resident sees the answer. axe-core on
 * every page; the resident's half on a phone, the leader's on a desktop.
 */
class CircleJoinJourneyTest extends BrowserTest {

	@Autowired
	CircleFixtures fixtures;

	@Test
	void aResidentAsksToJoinAndTheLeaderRepliesAndAccepts() {
		var circle = fixtures.fresh("さくら草ウォーキングの会");
		var resident = accounts.resident();

		// The resident, on a phone.
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident);
		open("/circles");
		assertThat(page.locator("h1")).hasText("サークル・団体をさがす");
		assertAccessible();
		page.locator("#q").fill("さくら草ウォーキング");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索")).click();
		assertThat(page.locator(".circle-list")).containsText("さくら草ウォーキングの会");
		assertThat(page.locator(".circle-list")).containsText("毎週金曜日 18:00～20:00");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("さくら草ウォーキングの会")).click();
		assertThat(page.locator("h1")).hasText("さくら草ウォーキングの会");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("入会希望を送る")).click();
		assertThat(page.locator("h1")).containsText("入会希望");
		assertAccessible();
		// An empty message is refused beside the field.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入会希望を送る")).click();
		assertThat(page.locator(".field-error")).isVisible();
		assertAccessible();
		page.locator("#message").fill("金曜の夜なら参加できます。初心者ですがよろしくお願いします。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入会希望を送る")).click();
		assertThat(page.locator(".notice")).containsText("入会希望を送りました");
		assertThat(page.locator("#join-status")).hasText("返事待ち");
		String threadUrl = page.url();
		assertAccessible();
		open("/mypage/joins");
		assertThat(page.locator("main")).containsText("さくら草ウォーキングの会");
		assertAccessible();
		logOut();

		// The leader, on a desktop.
		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(circle.leader());
		open("/mypage/circles/" + circle.id() + "/joins");
		assertThat(page.locator("table")).containsText("試験 太郎");
		assertThat(page.locator("table")).containsText("返事待ち");
		assertAccessible();
		page.locator("table a").first().click();
		assertThat(page.locator("main")).containsText("金曜の夜なら参加できます。");
		assertAccessible();
		page.locator("#message").fill("ようこそ！ 池袋駅東口に18時集合です。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送信")).click();
		assertThat(page.locator(".notice")).containsText("メッセージを送りました");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("承認して会員に加える")).click();
		assertThat(page.locator("#join-status")).hasText("承認済み");
		assertAccessible();
		logOut();

		// The resident sees the answer.
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident);
		page.navigate(threadUrl);
		assertThat(page.locator("#join-status")).hasText("承認済み");
		assertThat(page.locator("main")).containsText("ようこそ！ 池袋駅東口に18時集合です。");
		assertAccessible();
		open("/circles/" + circle.id());
		assertThat(page.locator("#join-heading")).isVisible();
		assertThat(page.locator("main")).containsText("あなたはこの団体の会員です。");
		assertAccessible();
	}

	@Test
	void theCircleListPassesAxeInEnglish() {
		fixtures.ids();
		open("/circles?lang=en&recruiting=true");
		assertThat(page.locator("h1")).hasText("Find a circle or group");
		assertAccessible();
	}

	private void logIn(TestAccounts.Created account) {
		open("/login");
		page.locator("#email").fill(account.email());
		page.locator("#password").fill(account.password());
		page.locator("button[type=submit]").click();
		completeTwoFactor(account.email());
		assertThat(page.locator("h1")).hasText("マイページ");
	}

	private void logOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
	}
}
